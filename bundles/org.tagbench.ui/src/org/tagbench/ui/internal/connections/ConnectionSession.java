package org.tagbench.ui.internal.connections;

import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.tagbench.core.client.ConnectionSettings;
import org.tagbench.core.client.WinccClient;
import org.tagbench.core.diagnostics.ConnectionHealth;
import org.tagbench.core.diagnostics.HealthMonitor;
import org.tagbench.core.errors.WinccException;

/**
 * An open connection: the client, the answer of the first probe, and the health monitor that keeps
 * probing while the connection is open.
 */
public final class ConnectionSession implements AutoCloseable {

	/** A p95 latency above this makes a working connection DEGRADED. */
	static final long SLOW_MS = 2_000;

	private final ProfileFile file;
	private final WinccClient client;
	private final ProbeResult firstProbe;
	private final HealthMonitor health;

	private ConnectionSession(ProfileFile file, WinccClient client, ProbeResult firstProbe) {
		this.file = file;
		this.client = client;
		this.firstProbe = firstProbe;
		this.health = new HealthMonitor(monitor -> ServerProbe.run(client, monitor), SLOW_MS);
	}

	/**
	 * Opens a client and sends the first probe; the certificate trust question, if any, is asked here.
	 *
	 * @throws WinccException when the server cannot be reached or refuses the request
	 */
	static ConnectionSession open(ProfileFile file, ConnectionSettings settings, IProgressMonitor monitor)
			throws WinccException {
		WinccClient client = WinccClient.open(settings);
		try {
			return new ConnectionSession(file, client, ServerProbe.run(client, monitor));
		} catch (WinccException | RuntimeException e) {
			client.close();
			throw e;
		}
	}

	/** Starts the periodic health probe; {@code listener} hears each result on the probing thread. */
	void startProbing(Consumer<ConnectionHealth> listener) {
		health.addListener(listener);
		health.start(client.profile().pollIntervalMs());
	}

	/** @return the file of the connected profile */
	ProfileFile file() {
		return file;
	}

	/** @return the client, for views that browse or read through this connection */
	public WinccClient client() {
		return client;
	}

	/** @return the answer to the probe sent when connecting */
	public ProbeResult firstProbe() {
		return firstProbe;
	}

	/** @return the latest health */
	public ConnectionHealth health() {
		return health.health();
	}

	@Override
	public void close() {
		health.close();
		client.close();
	}
}
