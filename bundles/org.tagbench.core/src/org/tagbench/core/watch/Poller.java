package org.tagbench.core.watch;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.tagbench.core.client.WinccClient;
import org.tagbench.core.errors.ErrorCatalog;
import org.tagbench.core.errors.WinccError;
import org.tagbench.core.errors.WinccErrorKind;
import org.tagbench.core.errors.WinccException;
import org.tagbench.core.model.TagValue;

/**
 * Polls the watched tags of one connection: one bulk read (in the profile's batches) per slot of the
 * interval, on a thread of its own, so polls of one connection never overlap. A poll that overruns makes
 * the next one start at once (counted late) and the slots it covered whole are counted skipped, never
 * made up in a burst. A poll is cancelled when the poller stops or when it takes longer than the
 * profile's response timeout.
 */
final class Poller {

	/** The answer of one poll. */
	record Cycle(String profileId, Instant polledAt, List<WatchItem> items, Map<String, TagValue> values,
			WinccError error, long durationMs) {
	}

	private final String profileId;
	private final WinccClient client;
	private final long intervalNanos;
	private final long toleranceNanos;
	private final long timeoutNanos;
	private final Consumer<Cycle> done;
	private final ScheduledExecutorService executor;
	private volatile List<WatchItem> items = List.of();
	private volatile boolean stopped;
	private volatile boolean polling;
	private long nextSlot;
	private boolean afterOverrun;
	private volatile PollStats stats = PollStats.NONE;

	Poller(String profileId, WinccClient client, Duration interval, Consumer<Cycle> done) {
		this.profileId = profileId;
		this.client = client;
		this.intervalNanos = interval.toNanos();
		this.toleranceNanos = Math.max(TimeUnit.MILLISECONDS.toNanos(50), intervalNanos / 10);
		this.timeoutNanos = TimeUnit.MILLISECONDS.toNanos(Math.max(client.profile().responseTimeoutMs(), 1_000));
		this.done = done;
		this.executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
			Thread thread = new Thread(runnable, "Tagbench watch " + client.profile().name());
			thread.setDaemon(true);
			return thread;
		});
	}

	WinccClient client() {
		return client;
	}

	/** @param current the tags to poll from the next poll on, all of this poller's connection */
	void setItems(List<WatchItem> current) {
		items = List.copyOf(current);
	}

	void start() {
		nextSlot = System.nanoTime();
		executor.execute(this::cycle);
	}

	/** Stops polling and cancels a poll under way; does not wait for it. */
	void stop() {
		stopped = true;
		executor.shutdownNow();
	}

	/** @return whether a poll is under way, also one being cancelled after {@link #stop()} */
	boolean isPolling() {
		return stopped ? !executor.isTerminated() : polling;
	}

	PollStats stats() {
		return stats;
	}

	private void cycle() {
		if (stopped) {
			return;
		}
		long started = System.nanoTime();
		boolean late = afterOverrun || started - nextSlot > toleranceNanos;
		List<WatchItem> polled = items;
		Map<String, TagValue> values = Map.of();
		WinccError error = null;
		polling = true;
		try {
			if (!polled.isEmpty()) {
				values = client.values().read(polled.stream().map(WatchItem::tag).toList(), monitor(started)).values();
			}
		} catch (WinccException e) {
			error = e.error();
		} catch (OperationCanceledException e) {
			if (stopped) {
				return;
			}
			error = ErrorCatalog.forKind(WinccErrorKind.RESPONSE_TIMEOUT,
					"poll cancelled after " + TimeUnit.NANOSECONDS.toMillis(timeoutNanos) + " ms");
		} finally {
			polling = false;
		}
		if (stopped) {
			return;
		}
		long ended = System.nanoTime();
		long duration = TimeUnit.NANOSECONDS.toMillis(ended - started);
		nextSlot += intervalNanos;
		long skipped = 0;
		afterOverrun = ended > nextSlot;
		if (afterOverrun) {
			skipped = (ended - nextSlot) / intervalNanos;
			nextSlot += skipped * intervalNanos;
		}
		PollStats before = stats;
		stats = new PollStats(before.cycles() + 1, before.late() + (late ? 1 : 0), before.skipped() + skipped, duration,
				Math.max(before.maxDurationMs(), duration), error);
		done.accept(new Cycle(profileId, Instant.now(), polled, values, error, duration));
		if (!stopped) {
			try {
				executor.schedule(this::cycle, Math.max(0, nextSlot - System.nanoTime()), TimeUnit.NANOSECONDS);
			} catch (RejectedExecutionException e) {
				// stopped between the check and the schedule: nothing more to poll
			}
		}
	}

	private NullProgressMonitor monitor(long started) {
		return new NullProgressMonitor() {
			@Override
			public boolean isCanceled() {
				return stopped || System.nanoTime() - started > timeoutNanos;
			}
		};
	}
}
