package org.tagbench.core.diagnostics;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.tagbench.core.errors.WinccError;
import org.tagbench.core.errors.WinccException;

/**
 * Probes one connection periodically and derives its health from the last {@value #WINDOW} probes:
 * DISCONNECTED when the latest failed; DEGRADED when it succeeded but the window holds failures or the
 * p95 latency exceeds the slow threshold; CONNECTED otherwise.
 * <p>
 * Scheduling uses a single daemon {@link ScheduledExecutorService} rather than an Eclipse Job: the probe
 * is background housekeeping, not user work, and the same code runs in the command line and in plain
 * JUnit, where {@link #probeNow()} drives it without waiting for the timer.
 */
public final class HealthMonitor implements AutoCloseable {

	/** Probes kept for the statistics. */
	public static final int WINDOW = 20;

	private final HealthProbe probe;
	private final long slowMs;
	private final ArrayDeque<Sample> samples = new ArrayDeque<>();
	private final List<Consumer<ConnectionHealth>> listeners = new CopyOnWriteArrayList<>();
	private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
		Thread thread = new Thread(runnable, "Tagbench health probe");
		thread.setDaemon(true);
		return thread;
	});
	private volatile IProgressMonitor running = new NullProgressMonitor();
	private Instant lastSuccess;
	private volatile ConnectionHealth health = ConnectionHealth.UNKNOWN;
	private ScheduledFuture<?> schedule;

	private record Sample(boolean ok, long latencyMs, WinccError error) {
	}

	/**
	 * @param probe  the request to run
	 * @param slowMs a p95 latency above this makes a working connection DEGRADED
	 */
	public HealthMonitor(HealthProbe probe, long slowMs) {
		this.probe = probe;
		this.slowMs = slowMs;
	}

	/** Starts probing every {@code intervalMs}, the first probe right away. */
	public synchronized void start(long intervalMs) {
		if (schedule == null) {
			schedule = timer.scheduleWithFixedDelay(this::probeNow, 0, intervalMs, TimeUnit.MILLISECONDS);
		}
	}

	/** Runs one probe on the calling thread and returns the new health. */
	public ConnectionHealth probeNow() {
		long start = System.nanoTime();
		Sample sample;
		try {
			probe.probe(running);
			sample = new Sample(true, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start), null);
		} catch (WinccException e) {
			sample = new Sample(false, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start), e.error());
		} catch (OperationCanceledException e) {
			return health;
		}
		ConnectionHealth updated = add(sample);
		listeners.forEach(listener -> listener.accept(updated));
		return updated;
	}

	private synchronized ConnectionHealth add(Sample sample) {
		if (samples.size() == WINDOW) {
			samples.removeFirst();
		}
		samples.addLast(sample);
		if (sample.ok()) {
			lastSuccess = Instant.now();
		}
		long[] latencies = samples.stream().filter(Sample::ok).mapToLong(Sample::latencyMs).sorted().toArray();
		long failures = samples.stream().filter(s -> !s.ok()).count();
		long p50 = percentile(latencies, 50);
		long p95 = percentile(latencies, 95);
		WinccError lastError = samples.stream().filter(s -> !s.ok()).reduce((a, b) -> b).map(Sample::error).orElse(null);
		HealthState state = !sample.ok() ? HealthState.DISCONNECTED
				: failures > 0 || p95 > slowMs ? HealthState.DEGRADED : HealthState.CONNECTED;
		health = new ConnectionHealth(state, lastSuccess, (double) failures / samples.size(), p50, p95, samples.size(),
				lastError);
		return health;
	}

	private static long percentile(long[] sorted, int percent) {
		if (sorted.length == 0) {
			return -1;
		}
		int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
		return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
	}

	/** @return the latest health */
	public ConnectionHealth health() {
		return health;
	}

	/** @param listener told after every probe, on the probing thread */
	public void addListener(Consumer<ConnectionHealth> listener) {
		listeners.add(listener);
	}

	public void removeListener(Consumer<ConnectionHealth> listener) {
		listeners.remove(listener);
	}

	/** Stops probing and cancels a running probe. */
	@Override
	public synchronized void close() {
		running.setCanceled(true);
		running = new NullProgressMonitor();
		if (schedule != null) {
			schedule.cancel(false);
		}
		timer.shutdownNow();
	}
}
