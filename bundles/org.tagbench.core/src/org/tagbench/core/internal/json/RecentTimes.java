package org.tagbench.core.internal.json;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * The last few time stamps of an answer, as text and parsed: the items of a bulk read answer mostly carry
 * one of a few time stamps, each parsed once and shared by the values that have it.
 */
final class RecentTimes {

	private static final int KEPT = 4;

	private final byte[] in;
	private final int[] starts = new int[KEPT];
	private final int[] ends = new int[KEPT];
	private final String[] raw = new String[KEPT];
	private final Instant[] instants = new Instant[KEPT];
	private int next;

	/** @param in the answer the time stamps are in */
	RecentTimes(byte[] in) {
		this.in = in;
	}

	/**
	 * @param start where the ASCII text of a time stamp starts in the answer
	 * @param end   where it ends
	 * @return where it is kept: parsed when not among the last few, which it then replaces the oldest of
	 */
	int keep(int start, int end) {
		for (int kept = 0; kept < KEPT; kept++) {
			if (holds(kept, start, end - start)) {
				return kept;
			}
		}
		int kept = next;
		next = (next + 1) % KEPT;
		starts[kept] = start;
		ends[kept] = end;
		raw[kept] = new String(in, start, end - start, StandardCharsets.ISO_8859_1);
		instants[kept] = Timestamps.parse(raw[kept]);
		return kept;
	}

	/**
	 * @param start where a string's characters start in the answer
	 * @return where the time stamp kept that is that string is kept, or -1
	 */
	int at(int start) {
		for (int kept = 0; kept < KEPT; kept++) {
			int end = endAt(kept, start);
			if (end < in.length && in[end] == '"' && holds(kept, start, end - start)) {
				return kept;
			}
		}
		return -1;
	}

	/** @return whether the time stamp kept there is the {@code length} bytes from {@code start} */
	private boolean holds(int kept, int start, int length) {
		return raw[kept] != null && ends[kept] - starts[kept] == length
				&& Bytes.equal(in, start, in, starts[kept], length);
	}

	/** @return where a time stamp kept would end if it started at {@code start} */
	int endAt(int kept, int start) {
		return start + ends[kept] - starts[kept];
	}

	/** @return the text of a time stamp kept */
	String raw(int kept) {
		return raw[kept];
	}

	/** @return the instant of a time stamp kept, or null when it does not parse */
	Instant instant(int kept) {
		return instants[kept];
	}
}
