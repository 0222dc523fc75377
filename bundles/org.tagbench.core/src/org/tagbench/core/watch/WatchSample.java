package org.tagbench.core.watch;

import java.time.Instant;

import org.tagbench.core.model.TagValue;

/**
 * One captured value: a poll's answer for one tag that differed from the one before.
 *
 * @param polledAt when the poll ended
 * @param item     the watched tag
 * @param value    the value as read
 */
public record WatchSample(Instant polledAt, WatchItem item, TagValue value) {
}
