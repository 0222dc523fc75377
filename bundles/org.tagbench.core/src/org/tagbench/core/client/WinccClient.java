package org.tagbench.core.client;

import org.tagbench.core.diagnostics.DiagnosticsJournal;
import org.tagbench.core.errors.WinccException;
import org.tagbench.core.internal.http.HttpTransport;
import org.tagbench.core.internal.http.Requests;
import org.tagbench.core.profiles.ConnectionProfile;

/**
 * A client of one WinCC REST service. Thread-safe; keeps a pool of keep-alive connections until closed.
 * Every call takes an {@code IProgressMonitor}, is cancellable, bounded by the profile's timeouts, and
 * recorded in the diagnostics journal. Failures are {@link WinccException}s with a typed error;
 * cancellation is an {@code OperationCanceledException}.
 */
public final class WinccClient implements AutoCloseable {

	private final ConnectionSettings settings;
	private final HttpTransport transport;
	private final ValueService values;
	private final BrowseService browse;
	private final ArchiveService archives;
	private final AlarmService alarms;

	private WinccClient(ConnectionSettings settings, HttpTransport transport) {
		this.settings = settings;
		this.transport = transport;
		Requests requests = new Requests(transport);
		this.values = new ValueService(requests);
		this.browse = new BrowseService(requests);
		this.archives = new ArchiveService(requests);
		this.alarms = new AlarmService(requests);
	}

	/**
	 * Creates a client; does not connect yet.
	 *
	 * @throws WinccException of kind CONFIGURATION when the profile is not usable (bad URL, plain HTTP not
	 *                        allowed, unreadable CA file)
	 */
	public static WinccClient open(ConnectionSettings settings) throws WinccException {
		return new WinccClient(settings, new HttpTransport(settings));
	}

	/** @return runtime values: read and write, single and bulk */
	public ValueService values() {
		return values;
	}

	/** @return tag configuration: connections, groups, structure types and variables, tags */
	public BrowseService browse() {
		return browse;
	}

	/** @return tag logging: archives, archive variables, logged values */
	public ArchiveService archives() {
		return archives;
	}

	/** @return alarm logging: configuration lists and message lists */
	public AlarmService alarms() {
		return alarms;
	}

	public ConnectionProfile profile() {
		return settings.profile();
	}

	public DiagnosticsJournal journal() {
		return settings.journal();
	}

	/** @return whether this client talks unencrypted HTTP (the profile's TLS mode is PLAIN_HTTP) */
	public boolean isPlainHttp() {
		return settings.profile().isPlainHttp();
	}

	@Override
	public void close() {
		values.close();
		transport.close();
	}
}
