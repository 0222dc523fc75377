package org.tagbench.core.watch;

import java.time.Instant;

import org.tagbench.core.model.TagValue;

/**
 * What is known of one watched tag now.
 *
 * @param item       the watched tag
 * @param value      the value of the latest poll, or null before the first one
 * @param polledAt   when the latest poll ended, or null before the first one
 * @param lastChange when a poll last saw the value, quality or status change, or null when none did yet
 * @param changes    how many changes polls have seen
 * @param connected  false when the tag's connection is not open, so nothing can be polled
 */
public record WatchState(WatchItem item, TagValue value, Instant polledAt, Instant lastChange, long changes,
		boolean connected) {

	/** @return the state of a tag not polled yet */
	public static WatchState initial(WatchItem item, boolean connected) {
		return new WatchState(item, null, null, null, 0, connected);
	}

	/** @return whether a poll saw a change at or after {@code since} */
	public boolean changedSince(Instant since) {
		return lastChange != null && !lastChange.isBefore(since);
	}

	/** @return whether the latest poll gave an error for this tag (or the tag cannot be polled) */
	public boolean hasError() {
		return !connected || value != null && !value.isOk();
	}
}
