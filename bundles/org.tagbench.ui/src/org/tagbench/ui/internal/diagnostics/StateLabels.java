package org.tagbench.ui.internal.diagnostics;

import org.tagbench.ui.internal.Messages;
import org.tagbench.ui.internal.connections.ConnectionState;

/** The short name of a connection state in the health header and the status bar. */
final class StateLabels {

	private StateLabels() {
	}

	static String of(ConnectionState state) {
		return switch (state) {
			case CONNECTED -> Messages.ConnectionState_connected;
			case DEGRADED -> Messages.HealthHeader_degraded;
			case CONNECTING -> Messages.ConnectionState_connecting;
			case ERROR -> Messages.ConnectionState_error;
			case DISCONNECTED -> Messages.ConnectionState_disconnected;
		};
	}
}
