package org.tagbench.ui.internal.connections;

import org.tagbench.core.diagnostics.ConnectionHealth;
import org.tagbench.core.errors.WinccError;

/**
 * The state of one profile's connection.
 *
 * @param state  the state
 * @param health the latest health while connected, {@link ConnectionHealth#UNKNOWN} otherwise
 * @param error  why connecting failed or the connection was lost, or null
 */
public record ConnectionStatus(ConnectionState state, ConnectionHealth health, WinccError error) {

	/** A profile that is not connected and has not failed. */
	public static final ConnectionStatus DISCONNECTED = new ConnectionStatus(ConnectionState.DISCONNECTED,
			ConnectionHealth.UNKNOWN, null);

	/** A connect job under way. */
	public static final ConnectionStatus CONNECTING = new ConnectionStatus(ConnectionState.CONNECTING,
			ConnectionHealth.UNKNOWN, null);

	/** @return the status of a failed connect */
	public static ConnectionStatus failed(WinccError error) {
		return new ConnectionStatus(ConnectionState.ERROR, ConnectionHealth.UNKNOWN, error);
	}

	/** @return the status of an open connection with the given health */
	public static ConnectionStatus of(ConnectionHealth health) {
		return switch (health.state()) {
			case UNKNOWN, CONNECTED -> new ConnectionStatus(ConnectionState.CONNECTED, health, null);
			case DEGRADED -> new ConnectionStatus(ConnectionState.DEGRADED, health, health.lastError());
			case DISCONNECTED -> new ConnectionStatus(ConnectionState.ERROR, health, health.lastError());
		};
	}

	/** @return whether a session is open */
	public boolean isOpen() {
		return state == ConnectionState.CONNECTED || state == ConnectionState.DEGRADED
				|| state == ConnectionState.ERROR && health.samples() > 0;
	}
}
