package org.tagbench.core.diagnostics;

/** The state of a connection as the health probe sees it. */
public enum HealthState {
	/** No probe has run yet. */
	UNKNOWN,
	/** The latest probe succeeded and recent probes did so too. */
	CONNECTED,
	/** The latest probe succeeded, but recent probes failed or were slow. */
	DEGRADED,
	/** The latest probe failed. */
	DISCONNECTED
}
