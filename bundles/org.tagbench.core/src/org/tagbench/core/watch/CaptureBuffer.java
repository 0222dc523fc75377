package org.tagbench.core.watch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The values captured while watching, oldest first, for export: a ring of at most {@code capacity}
 * samples that drops the oldest when full and counts what it dropped. Thread-safe.
 */
public final class CaptureBuffer {

	/** Samples kept by default: 200,000 (over a minute of 5,000 tags all changing every second). */
	public static final int DEFAULT_CAPACITY = 200_000;

	private final WatchSample[] ring;
	private int start;
	private int size;
	private long dropped;

	public CaptureBuffer(int capacity) {
		if (capacity < 1) {
			throw new IllegalArgumentException("capacity must be at least 1");
		}
		ring = new WatchSample[capacity];
	}

	/** Appends samples, dropping the oldest ones beyond the capacity. */
	public synchronized void addAll(List<WatchSample> samples) {
		for (WatchSample sample : samples) {
			if (size < ring.length) {
				ring[(start + size) % ring.length] = sample;
				size++;
			} else {
				ring[start] = sample;
				start = (start + 1) % ring.length;
				dropped++;
			}
		}
	}

	/** @return the samples kept, oldest first */
	public synchronized List<WatchSample> snapshot() {
		List<WatchSample> copy = new ArrayList<>(size);
		for (int i = 0; i < size; i++) {
			copy.add(ring[(start + i) % ring.length]);
		}
		return copy;
	}

	public synchronized int size() {
		return size;
	}

	public int capacity() {
		return ring.length;
	}

	/** @return how many samples were dropped because the buffer was full */
	public synchronized long dropped() {
		return dropped;
	}

	/** Forgets every sample and the count of dropped ones. */
	public synchronized void clear() {
		Arrays.fill(ring, null);
		start = 0;
		size = 0;
		dropped = 0;
	}
}
