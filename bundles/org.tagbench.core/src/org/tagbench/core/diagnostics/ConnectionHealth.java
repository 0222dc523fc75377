package org.tagbench.core.diagnostics;

import java.time.Instant;

import org.tagbench.core.errors.WinccError;

/**
 * The health of one connection over the recent probes.
 *
 * @param state       the state
 * @param lastSuccess when a probe last succeeded, or null
 * @param errorRate   failed probes / all probes in the window, 0..1
 * @param p50Ms       median latency of the successful probes in the window, or -1
 * @param p95Ms       95th percentile latency of the successful probes in the window, or -1
 * @param samples     probes in the window
 * @param lastError   the error of the latest failed probe in the window, or null
 */
public record ConnectionHealth(HealthState state, Instant lastSuccess, double errorRate, long p50Ms, long p95Ms,
		int samples, WinccError lastError) {

	/** Health before any probe. */
	public static final ConnectionHealth UNKNOWN = new ConnectionHealth(HealthState.UNKNOWN, null, 0, -1, -1, 0, null);
}
