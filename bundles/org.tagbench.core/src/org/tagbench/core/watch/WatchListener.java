package org.tagbench.core.watch;

/** Hears that a {@link WatchModel} changed: new values, items added or removed, paused or resumed. */
@FunctionalInterface
public interface WatchListener {

	/**
	 * Called on the thread that made the change (a poller's thread for new values), once per poll or
	 * per bulk change, never once per tag. Keep it short: hand the work to another thread.
	 */
	void watchChanged();
}
