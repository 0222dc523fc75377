package org.tagbench.ui.internal.connections;

import java.util.List;

/**
 * What the server answered to a probe.
 *
 * @param roundTripMs     milliseconds from sending the request to the end of the answer
 * @param connectionNames the names of the first tag connections the server listed
 */
public record ProbeResult(long roundTripMs, List<String> connectionNames) {

	public ProbeResult {
		connectionNames = List.copyOf(connectionNames);
	}
}
