package org.tagbench.core.soak;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.tagbench.core.client.WinccClient;
import org.tagbench.core.errors.WinccException;
import org.tagbench.core.model.BulkReadResult;
import org.tagbench.core.model.ItemStatus;

/**
 * A soak run of the core client: {@code connections} clients, each polling its own {@code tags} tags with
 * bulk reads every {@code interval} on one scheduler, for {@code duration}. Every due poll runs, late if
 * need be, never skipped; a poll counts as done when it returned every value with status OK, and as lost
 * when it failed, returned fewer values or had not finished by the end. At the end of every window it
 * prints the polls done of those due in the window, late polls (started an interval or more after they
 * were due), lost polls, errors, the heap used after a full GC and the live threads; at the end, PASS or
 * FAIL against the goals: no poll lost, heap after GC grown less than 10 % from the first window, live
 * threads stable while polling and back to where they were once the clients are closed.
 *
 * Runs from {@code releng/soak.sh} (its own JVM, simulator in another) and bounded in {@code SoakTest}.
 */
public final class Soak {

	/** The most threads the JVM may add on its own while polling, or keep after the clients closed. */
	static final int THREAD_TOLERANCE = 2;
	/** Heap after GC at the end may exceed the first window's by less than this fraction. */
	static final double HEAP_GROWTH_LIMIT = 0.10;
	private static final String SIMULATOR_THREADS = "tagbench-simulator-";

	/**
	 * @param connections       clients, each over its own connection pool
	 * @param tagsPerConnection tags each client polls
	 * @param interval          time between a client's polls
	 * @param duration          how long to poll
	 * @param window            how often to report
	 */
	public record Settings(int connections, int tagsPerConnection, Duration interval, Duration duration, Duration window) {
		long expectedPolls() {
			return connections * Math.ceilDiv(duration.toNanos(), interval.toNanos());
		}
	}

	/** Opens the client of connection {@code index}. */
	@FunctionalInterface
	public interface Clients {
		WinccClient open(int index) throws WinccException;
	}

	/** The figures of one window; polls are attributed to the window they were due in. */
	public record Window(int number, long expected, long done, long late, long lost, long errors, long heapAfterGc,
			int threads) {
		String line(String unit) {
			long pending = expected - done - lost;
			return String.format(Locale.ROOT, "%s %2d: polls %d/%d%s, late %d, lost %d, errors %d, heap after GC %.1f MB, threads %d",
					unit, Integer.valueOf(number), Long.valueOf(done), Long.valueOf(expected),
					pending > 0 ? " (" + pending + " still running or waiting)" : "", Long.valueOf(late), Long.valueOf(lost),
					Long.valueOf(errors), Double.valueOf(heapAfterGc / 1e6), Integer.valueOf(threads));
		}
	}

	/**
	 * The outcome.
	 *
	 * @param threadsBefore live threads before the clients were opened
	 * @param threadsAfter  live threads after the clients and the scheduler were closed
	 * @param firstError    the first error a poll met, or null
	 * @param failures      the goals missed, empty when the run passed
	 */
	public record Report(List<Window> windows, long expected, long done, long late, long lost, long errors,
			int threadsBefore, int threadsAfter, String firstError, List<String> failures) {
		public boolean passed() {
			return failures.isEmpty();
		}
	}

	private final Settings settings;
	private final long intervalNanos;
	private final long windowNanos;
	private final int windows;
	private final AtomicLongArray done;
	private final AtomicLongArray late;
	private final AtomicLongArray failed;
	private final AtomicLongArray errors;
	private final AtomicReference<String> firstError = new AtomicReference<>();
	private long start;

	private Soak(Settings settings) {
		this.settings = settings;
		intervalNanos = settings.interval().toNanos();
		windowNanos = settings.window().toNanos();
		windows = (int) Math.ceilDiv(settings.duration().toNanos(), windowNanos);
		done = new AtomicLongArray(windows);
		late = new AtomicLongArray(windows);
		failed = new AtomicLongArray(windows);
		errors = new AtomicLongArray(windows);
	}

	/**
	 * Runs the soak; prints a line per window and the verdict to {@code out}.
	 *
	 * @param names the tags to poll: connection i polls names [i × tags, (i + 1) × tags)
	 */
	public static Report run(Settings settings, Clients clients, List<String> names, PrintStream out)
			throws WinccException, InterruptedException {
		if (names.size() < settings.connections() * settings.tagsPerConnection()) {
			throw new IllegalArgumentException("need " + settings.connections() * settings.tagsPerConnection()
					+ " tags, the server has " + names.size());
		}
		return new Soak(settings).run(clients, names, out);
	}

	private Report run(Clients factory, List<String> names, PrintStream out) throws WinccException, InterruptedException {
		String unit = settings.window().toSeconds() == 60 ? "minute" : "window";
		int threadsBefore = liveThreads();
		List<WinccClient> clients = new ArrayList<>();
		ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(settings.connections(), runnable -> {
			Thread thread = new Thread(runnable, "Soak poller");
			thread.setDaemon(true);
			return thread;
		});
		List<Window> report = new ArrayList<>();
		try {
			for (int i = 0; i < settings.connections(); i++) {
				clients.add(factory.open(i));
			}
			CountDownLatch finished = new CountDownLatch(settings.connections());
			long end = settings.duration().toNanos();
			start = System.nanoTime();
			for (int i = 0; i < settings.connections(); i++) {
				int from = i * settings.tagsPerConnection();
				Poller poller = new Poller(clients.get(i), List.copyOf(names.subList(from, from + settings.tagsPerConnection())),
						scheduler, end, finished);
				scheduler.execute(poller);
			}
			for (int w = 0; w < windows; w++) {
				boolean last = w == windows - 1;
				if (last) {
					finished.await(settings.interval().toMillis() * 10 + 120_000, TimeUnit.MILLISECONDS);
				} else {
					waitUntil(start + (w + 1) * windowNanos + intervalNanos);
				}
				Window window = window(w, heapAfterGc(), liveThreads(), last);
				report.add(window);
				out.println(window.line(unit));
				out.flush();
			}
		} finally {
			scheduler.shutdownNow();
			scheduler.awaitTermination(1, TimeUnit.MINUTES);
			clients.forEach(WinccClient::close);
		}
		int threadsAfter = threadsSettledTo(threadsBefore);
		return verdict(report, threadsBefore, threadsAfter, out);
	}

	private Window window(int w, long heap, int threads, boolean last) {
		long windowStart = w * windowNanos;
		long windowEnd = Math.min((w + 1) * windowNanos, settings.duration().toNanos());
		long due = Math.ceilDiv(windowEnd, intervalNanos) - Math.ceilDiv(windowStart, intervalNanos);
		long expected = settings.connections() * due;
		long lost = last ? expected - done.get(w) : failed.get(w);
		return new Window(w + 1, expected, done.get(w), late.get(w), lost, errors.get(w), heap, threads);
	}

	private Report verdict(List<Window> report, int threadsBefore, int threadsAfter, PrintStream out) {
		long expected = settings.expectedPolls();
		long doneTotal = sum(done);
		long lateTotal = sum(late);
		long errorTotal = sum(errors);
		long lost = expected - doneTotal;
		List<String> failures = new ArrayList<>();
		if (lost != 0) {
			failures.add(lost + " polls lost");
		}
		Window first = report.get(0);
		Window lastWindow = report.get(report.size() - 1);
		double growth = (double) lastWindow.heapAfterGc() / first.heapAfterGc() - 1;
		if (growth >= HEAP_GROWTH_LIMIT) {
			failures.add(String.format(Locale.ROOT, "heap after GC grew %.1f %%", Double.valueOf(growth * 100)));
		}
		int maxThreads = report.stream().mapToInt(Window::threads).max().orElse(0);
		if (maxThreads > first.threads() + THREAD_TOLERANCE) {
			failures.add("live threads grew from " + first.threads() + " to " + maxThreads + " while polling");
		}
		if (threadsAfter > threadsBefore + THREAD_TOLERANCE) {
			failures.add(threadsAfter + " live threads after closing, " + threadsBefore + " before");
		}
		StringBuilder finalDone = new StringBuilder();
		for (Window window : report) {
			finalDone.append(finalDone.isEmpty() ? "" : ", ").append(done.get(window.number() - 1)).append('/').append(window.expected());
		}
		out.println("polls done per window at the end: " + finalDone);
		out.printf(Locale.ROOT, "total: polls %d/%d, late %d, lost %d, errors %d%s%n", Long.valueOf(doneTotal),
				Long.valueOf(expected), Long.valueOf(lateTotal), Long.valueOf(lost), Long.valueOf(errorTotal),
				firstError.get() == null ? "" : " (first: " + firstError.get() + ")");
		long lowest = report.stream().mapToLong(Window::heapAfterGc).min().orElse(first.heapAfterGc());
		out.printf(Locale.ROOT, "heap after GC: %.1f MB first, %.1f MB last, growth %+.1f %% (limit %.0f %%);"
				+ " lowest %.1f MB, last %+.1f %% from the lowest%n",
				Double.valueOf(first.heapAfterGc() / 1e6), Double.valueOf(lastWindow.heapAfterGc() / 1e6),
				Double.valueOf(growth * 100), Double.valueOf(HEAP_GROWTH_LIMIT * 100), Double.valueOf(lowest / 1e6),
				Double.valueOf(((double) lastWindow.heapAfterGc() / lowest - 1) * 100));
		out.printf(Locale.ROOT, "threads: %d before, %d in the first window, at most %d while polling, %d after closing%n",
				Integer.valueOf(threadsBefore), Integer.valueOf(first.threads()), Integer.valueOf(maxThreads),
				Integer.valueOf(threadsAfter));
		out.println(failures.isEmpty() ? "PASS" : "FAIL: " + String.join("; ", failures));
		out.flush();
		return new Report(report, expected, doneTotal, lateTotal, lost, errorTotal, threadsBefore, threadsAfter,
				firstError.get(), failures);
	}

	/** One connection's polls: each runs at its due time, or at once when the previous one ran over. */
	private final class Poller implements Runnable {
		private final WinccClient client;
		private final List<String> names;
		private final ScheduledExecutorService scheduler;
		private final long end;
		private final CountDownLatch finished;
		private long poll;

		Poller(WinccClient client, List<String> names, ScheduledExecutorService scheduler, long end, CountDownLatch finished) {
			this.client = client;
			this.names = names;
			this.scheduler = scheduler;
			this.end = end;
			this.finished = finished;
		}

		@Override
		public void run() {
			long due = poll * intervalNanos;
			int w = (int) (due / windowNanos);
			if (System.nanoTime() - start - due >= intervalNanos) {
				late.incrementAndGet(w);
			}
			try {
				BulkReadResult result = client.values().read(names, new NullProgressMonitor());
				long ok = result.count(ItemStatus.OK);
				if (ok == names.size()) {
					done.incrementAndGet(w);
				} else {
					failed.incrementAndGet(w);
					errors.incrementAndGet(w);
					firstError.compareAndSet(null, (names.size() - ok) + " of " + names.size() + " values not OK");
				}
			} catch (WinccException | RuntimeException e) {
				failed.incrementAndGet(w);
				errors.incrementAndGet(w);
				firstError.compareAndSet(null, e.toString());
			}
			poll++;
			long next = poll * intervalNanos;
			if (next < end && !scheduler.isShutdown()) {
				scheduler.schedule(this, Math.max(0, start + next - System.nanoTime()), TimeUnit.NANOSECONDS);
			} else {
				finished.countDown();
			}
		}
	}

	private static void waitUntil(long nanoTime) throws InterruptedException {
		long left;
		while ((left = nanoTime - System.nanoTime()) > 0) {
			TimeUnit.NANOSECONDS.sleep(left);
		}
	}

	/**
	 * @return the heap a full collection left ({@code jcmd GC.run}, then the heap in use): the heap pools'
	 *         usage as the collection left it, so that what the pollers allocate right after does not count
	 */
	static long heapAfterGc() {
		System.gc();
		long used = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			MemoryUsage afterGc = pool.getCollectionUsage();
			if (pool.getType() == MemoryType.HEAP && afterGc != null) {
				used += afterGc.getUsed();
			}
		}
		return used;
	}

	/** @return the live threads, leaving out those of a simulator running in the same JVM (as in SoakTest) */
	static int liveThreads() {
		return (int) Thread.getAllStackTraces().keySet().stream()
				.filter(t -> t.isAlive() && !t.getName().startsWith(SIMULATOR_THREADS)).count();
	}

	/** @return the live threads once closed threads have ended, waiting up to 10 s for them */
	private static int threadsSettledTo(int target) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		int threads = liveThreads();
		while (threads > target + THREAD_TOLERANCE && System.nanoTime() < deadline) {
			TimeUnit.MILLISECONDS.sleep(50);
			threads = liveThreads();
		}
		return threads;
	}

	private static long sum(AtomicLongArray array) {
		long sum = 0;
		for (int i = 0; i < array.length(); i++) {
			sum += array.get(i);
		}
		return sum;
	}
}
