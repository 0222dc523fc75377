package org.tagbench.ui.internal.connections;

/** Told when profiles or connection states change; called on any thread. */
@FunctionalInterface
public interface ConnectionListener {

	/** Something changed: profiles were added, edited or removed, or a connection changed state. */
	void connectionsChanged();
}
