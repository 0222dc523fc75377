package org.tagbench.ui.internal.connections;

/** The state of a profile as the Connections view shows it. */
public enum ConnectionState {
	/** Not connected. */
	DISCONNECTED,
	/** A connect job is under way. */
	CONNECTING,
	/** Connected, and the health probe succeeds. */
	CONNECTED,
	/** Connected, but recent probes failed or were slow. */
	DEGRADED,
	/** Connecting failed, or the latest health probe failed. */
	ERROR
}
