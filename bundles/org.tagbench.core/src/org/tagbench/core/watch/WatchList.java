package org.tagbench.core.watch;

import java.util.List;

/**
 * A named list of watched tags and the interval they are polled at, as kept in a project
 * ({@link WatchListStore}).
 *
 * @param name       the list's name, also its file name
 * @param intervalMs the poll interval in milliseconds
 * @param items      the watched tags, in the order shown
 */
public record WatchList(String name, int intervalMs, List<WatchItem> items) {

	/** The interval a new list polls at: one second. */
	public static final int DEFAULT_INTERVAL_MS = 1_000;
	/** The shortest interval allowed. */
	public static final int MIN_INTERVAL_MS = 100;

	public WatchList {
		items = List.copyOf(items);
		if (intervalMs < MIN_INTERVAL_MS) {
			throw new IllegalArgumentException("the poll interval must be at least " + MIN_INTERVAL_MS + " ms");
		}
	}
}
