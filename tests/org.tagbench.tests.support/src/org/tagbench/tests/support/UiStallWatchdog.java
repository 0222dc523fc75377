package org.tagbench.tests.support;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import org.eclipse.swt.widgets.Display;

/**
 * Measures how long the UI thread is kept from its event loop. A background thread posts a ping with
 * {@link Display#asyncExec(Runnable)} every {@code period}, and waits for it to run before posting the
 * next; the time from posting to running is how long the UI thread was busy elsewhere. The longest such
 * delay (including one still pending when the watchdog is closed) is the longest stall.
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
	private final AtomicLong pendingSince = new AtomicLong();
	private final AtomicLong pings = new AtomicLong();
	private final Thread thread;
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
		return watchdog;
	}

	private void watch() {
		while (running && !display.isDisposed()) {
			long posted = System.nanoTime();
			pendingSince.set(posted);
			Thread waiter = Thread.currentThread();
			try {
				display.asyncExec(() -> {
					record(System.nanoTime() - posted);
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

	private void record(long nanos) {
		longest.accumulateAndGet(nanos, Math::max);
	}

	/** @return the longest time a ping waited for the UI thread so far, counting one still waiting */
	public Duration longestStall() {
		long pending = pendingSince.get();
		long current = pending == 0 ? 0 : System.nanoTime() - pending;
		return Duration.ofNanos(Math.max(longest.get(), current));
	}

	/** @return how many pings the UI thread answered (proof that the watchdog was watching) */
	public long answeredPings() {
		return pings.get();
	}

	/** Forgets the stalls measured so far, e.g. after a warm-up. */
	public void reset() {
		longest.set(0);
	}

	/** Stops watching; {@link #longestStall()} keeps its last value. */
	@Override
	public void close() {
		long pending = pendingSince.get();
		if (pending != 0) {
			record(System.nanoTime() - pending);
		}
		running = false;
		LockSupport.unpark(thread);
	}
}
