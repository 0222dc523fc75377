package org.tagbench.ui.internal.connections;

import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.IProgressMonitor;
import org.tagbench.core.client.WinccClient;
import org.tagbench.core.errors.WinccException;
import org.tagbench.core.model.ConnectionInfo;
import org.tagbench.core.model.Page;

/**
 * The request that tells whether a server works: the first page of its tag connections, which every
 * account with read access may list and which is small.
 */
public final class ServerProbe {

	private static final int PAGE_SIZE = 3;

	private ServerProbe() {
	}

	/** Sends the probe and measures its round trip. */
	public static ProbeResult run(WinccClient client, IProgressMonitor monitor) throws WinccException {
		long start = System.nanoTime();
		Page<ConnectionInfo> page = client.browse().listConnections(null, PAGE_SIZE, monitor);
		long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
		return new ProbeResult(millis, page.items().stream().map(ConnectionInfo::name).limit(PAGE_SIZE).toList());
	}
}
