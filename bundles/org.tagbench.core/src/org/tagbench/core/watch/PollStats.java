package org.tagbench.core.watch;

import org.tagbench.core.errors.WinccError;

/**
 * How the polling of one connection went.
 *
 * @param cycles         polls done
 * @param late           polls that did not start on their slot: the poll before took longer than the
 *                       interval, or the machine was busy (by more than a tenth of the interval, at least 50 ms)
 * @param skipped        slots left out entirely because a poll took longer than a whole interval
 * @param lastDurationMs how long the latest poll took
 * @param maxDurationMs  the longest poll so far
 * @param lastError      why the latest poll failed as a whole, or null when it did not
 */
public record PollStats(long cycles, long late, long skipped, long lastDurationMs, long maxDurationMs,
		WinccError lastError) {

	/** Nothing polled yet. */
	public static final PollStats NONE = new PollStats(0, 0, 0, 0, 0, null);
}
