package org.tagbench.ui.internal.diagnostics;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.tagbench.core.diagnostics.JournalEntry;

/**
 * The traffic of one connection as the journal saw it: requests per second over the last minute, and
 * error rate, latency percentiles and the latency curve of the latest requests.
 *
 * @param lastSuccess     when a request last succeeded, or null
 * @param requestsPerSec  requests per second over the last minute
 * @param errorRate       failed / all of the latest requests, 0..1
 * @param p50Ms           median latency of the latest requests, or -1
 * @param p95Ms           95th percentile latency of the latest requests, or -1
 * @param latencies       latencies of the latest requests, oldest first
 */
public record TrafficStats(Instant lastSuccess, double requestsPerSec, double errorRate, long p50Ms, long p95Ms,
		long[] latencies) {

	/** Requests the rates and percentiles are taken over. */
	static final int RECENT = 50;
	private static final Duration RATE_WINDOW = Duration.ofMinutes(1);

	/**
	 * @param entries the connection's entries, oldest first
	 * @param now     the time the rate is measured at
	 */
	public static TrafficStats of(List<JournalEntry> entries, Instant now) {
		Instant since = now.minus(RATE_WINDOW);
		long inWindow = entries.stream().filter(e -> e.time().isAfter(since)).count();
		Instant lastSuccess = null;
		for (int i = entries.size() - 1; i >= 0 && lastSuccess == null; i--) {
			if (!entries.get(i).failed()) {
				lastSuccess = entries.get(i).time();
			}
		}
		List<JournalEntry> recent = entries.subList(Math.max(0, entries.size() - RECENT), entries.size());
		long[] latencies = recent.stream().mapToLong(JournalEntry::latencyMs).toArray();
		long[] sorted = latencies.clone();
		Arrays.sort(sorted);
		long failures = recent.stream().filter(JournalEntry::failed).count();
		double errorRate = recent.isEmpty() ? 0 : (double) failures / recent.size();
		return new TrafficStats(lastSuccess, inWindow / (double) RATE_WINDOW.toSeconds(), errorRate,
				percentile(sorted, 50), percentile(sorted, 95), latencies);
	}

	private static long percentile(long[] sorted, int percent) {
		if (sorted.length == 0) {
			return -1;
		}
		int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
		return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
	}
}
