package org.tagbench.tests.support;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import org.eclipse.swt.widgets.Display;

/**
 * Measures how long the UI thread is kept from its event loop, in two ways:
 * <ul>
 * <li>{@link #longestStall()}: a background thread posts a ping with {@link Display#asyncExec(Runnable)}
 * every {@code period}, and waits for it to run before posting the next; the time from posting to running
 * is how long the UI thread was busy elsewhere (including one still pending when the watchdog is closed).
 * SWT runs such runnables only when the window system has nothing else pending, so this also counts time
 * the UI thread spent on the window system's own idle work (on GTK, measuring the rows of a large tree in
 * chunks), during which input is still handled.</li>
 * <li>{@link #longestEventLoopGap()}: a {@link Display#timerExec(int, Runnable) timer} on the UI thread
 * every {@code period}; how late it runs is how long the event loop did not turn for timers and input
 * (which the window system dispatches at the same priority): what a user feels as a frozen window.</li>
 * </ul>
 *
 * <pre>
 * try (UiStallWatchdog watchdog = UiStallWatchdog.start(display)) {
 * 	... drive the UI, waiting with UiWait ...
 * 	assertTrue(watchdog.longestStall().toMillis() &lt; 200);
 * }
 * </pre>
 *
 * A ping is answered only while the UI thread dispatches events, so the code under watch must wait with
 * {@link UiWait} (which runs the event loop), never block the UI thread itself.
 */
public final class UiStallWatchdog implements AutoCloseable {

	private static final Duration DEFAULT_PERIOD = Duration.ofMillis(5);

	private final Display display;
	private final long periodNanos;
	private final AtomicLong longest = new AtomicLong();
	private final AtomicLong longestStartMillis = new AtomicLong();
	private final AtomicLong pendingSince = new AtomicLong();
	private final AtomicLong pings = new AtomicLong();
	private final Thread thread;
	private final AtomicLong longestGap = new AtomicLong();
	private final AtomicLong longestGapStartMillis = new AtomicLong();
	private final Runnable tick = this::tick;
	private final AtomicLong longestGapCpu = new AtomicLong();
	private final AtomicLong longestGapGc = new AtomicLong();
	private volatile long tickDue;
	private volatile long tickCpu;
	private volatile long tickGc;
	private volatile boolean running = true;

	private UiStallWatchdog(Display display, Duration period) {
		this.display = display;
		this.periodNanos = period.toNanos();
		this.thread = new Thread(this::watch, "Tagbench UI stall watchdog"); //$NON-NLS-1$
		thread.setDaemon(true);
	}

	/** Starts watching {@code display}'s UI thread, pinging every 5 ms. */
	public static UiStallWatchdog start(Display display) {
		return start(display, DEFAULT_PERIOD);
	}

	/** Starts watching {@code display}'s UI thread, pinging every {@code period}. */
	public static UiStallWatchdog start(Display display, Duration period) {
		UiStallWatchdog watchdog = new UiStallWatchdog(display, period);
		watchdog.thread.start();
		if (Display.getCurrent() == display) {
			watchdog.scheduleTick();
		} else {
			display.syncExec(watchdog::scheduleTick);
		}
		return watchdog;
	}

	private void scheduleTick() {
		tickCpu = uiCpuNanos();
		tickGc = gcMillis();
		tickDue = System.nanoTime() + periodNanos;
		display.timerExec((int) Math.max(1, TimeUnit.NANOSECONDS.toMillis(periodNanos)), tick);
	}

	private void tick() {
		recordGap(System.nanoTime() - tickDue, uiCpuNanos() - tickCpu, gcMillis() - tickGc);
		if (running && !display.isDisposed()) {
			scheduleTick();
		}
	}

	private synchronized void recordGap(long lateNanos, long cpuNanos, long gcMillis) {
		if (lateNanos > longestGap.get()) {
			longestGap.set(lateNanos);
			longestGapCpu.set(cpuNanos);
			longestGapGc.set(gcMillis);
			longestGapStartMillis.set(System.currentTimeMillis() - TimeUnit.NANOSECONDS.toMillis(lateNanos));
		}
	}

	private void watch() {
		while (running && !display.isDisposed()) {
			long posted = System.nanoTime();
			long postedMillis = System.currentTimeMillis();
			pendingSince.set(posted);
			Thread waiter = Thread.currentThread();
			try {
				display.asyncExec(() -> {
					record(System.nanoTime() - posted, postedMillis);
					pendingSince.set(0);
					pings.incrementAndGet();
					LockSupport.unpark(waiter);
				});
			} catch (RuntimeException disposed) {
				return;
			}
			while (running && pendingSince.get() == posted) {
				LockSupport.parkNanos(this, TimeUnit.MILLISECONDS.toNanos(50));
			}
			LockSupport.parkNanos(this, periodNanos);
		}
	}

	private synchronized void record(long nanos, long startMillis) {
		if (nanos > longest.get()) {
			longest.set(nanos);
			longestStartMillis.set(startMillis);
		}
	}

	/** @return the longest time a ping waited for the UI thread so far, counting one still waiting */
	public Duration longestStall() {
		long pending = pendingSince.get();
		long current = pending == 0 ? 0 : System.nanoTime() - pending;
		return Duration.ofNanos(Math.max(longest.get(), current));
	}

	/**
	 * @return when the longest answered stall began, as an instant of the wall clock (to find it in a profile
	 *         recorded meanwhile), or null when no ping was answered
	 */
	public Instant longestStallStart() {
		long millis = longestStartMillis.get();
		return millis == 0 ? null : Instant.ofEpochMilli(millis);
	}

	/**
	 * @return the longest time the UI thread's event loop did not turn for timers and input so far (how late
	 *         the watchdog's timer ran, counting one overdue when the watchdog is closed)
	 */
	public Duration longestEventLoopGap() {
		return Duration.ofNanos(longestGap.get());
	}

	/**
	 * @return the CPU time the UI thread used from the timer's last turn to the end of the longest event-loop
	 *         gap: far less than the gap means the thread waited (for a core, for the garbage collector)
	 */
	public Duration longestEventLoopGapCpu() {
		return Duration.ofNanos(longestGapCpu.get());
	}

	/**
	 * @return the time the garbage collectors report spent from the timer's last turn to the end of the
	 *         longest event-loop gap (their pauses stop the UI thread too)
	 */
	public Duration longestEventLoopGapGc() {
		return Duration.ofMillis(longestGapGc.get());
	}

	/** @return the milliseconds every garbage collector of this JVM reports so far */
	private static long gcMillis() {
		long millis = 0;
		for (GarbageCollectorMXBean bean : ManagementFactory.getGarbageCollectorMXBeans()) {
			millis += Math.max(0, bean.getCollectionTime());
		}
		return millis;
	}

	/** @return the CPU time of the calling (UI) thread */
	private static long uiCpuNanos() {
		return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
	}

	/** @return when the longest event-loop gap began (wall clock), or null when there was none */
	public Instant longestEventLoopGapStart() {
		long millis = longestGapStartMillis.get();
		return millis == 0 ? null : Instant.ofEpochMilli(millis);
	}

	/** @return how many pings the UI thread answered (proof that the watchdog was watching) */
	public long answeredPings() {
		return pings.get();
	}

	/** Forgets the stalls measured so far, e.g. after a warm-up. */
	public synchronized void reset() {
		longest.set(0);
		longestStartMillis.set(0);
		longestGap.set(0);
		longestGapCpu.set(0);
		longestGapGc.set(0);
		longestGapStartMillis.set(0);
	}

	/** Stops watching; {@link #longestStall()} keeps its last value. */
	@Override
	public void close() {
		long pending = pendingSince.get();
		if (pending != 0) {
			long nanos = System.nanoTime() - pending;
			record(nanos, System.currentTimeMillis() - TimeUnit.NANOSECONDS.toMillis(nanos));
		}
		running = false;
		LockSupport.unpark(thread);
		if (Display.getCurrent() == display) {
			recordGap(System.nanoTime() - tickDue, uiCpuNanos() - tickCpu, gcMillis() - tickGc);
			display.timerExec(-1, tick);
		}
	}
}
