package org.tagbench.ui.internal.archives;

import java.time.Duration;
import java.time.Instant;

/**
 * The time range and count limit of an archive query.
 *
 * @param from      the start
 * @param to        the end
 * @param maxValues the most values per variable
 */
public record TimeRange(Instant from, Instant to, int maxValues) {

	/** The least and the most values per variable the view asks for. */
	public static final int MIN_VALUES = 1;
	public static final int MAX_VALUES = 100_000;

	/** @return the range that ends now and lasts {@code length} */
	public static TimeRange last(Duration length, int maxValues) {
		Instant now = Instant.now();
		return new TimeRange(now.minus(length), now, maxValues);
	}
}
