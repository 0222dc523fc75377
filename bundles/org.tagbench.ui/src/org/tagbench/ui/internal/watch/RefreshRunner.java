package org.tagbench.ui.internal.watch;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.swt.SWTException;
import org.eclipse.swt.widgets.Control;

/**
 * Brings model changes to the UI thread at most once per period, however often they come and from
 * whichever thread: the first request after a refresh schedules the next one (at once when the period
 * has passed, else when it will have), the others fold into it. Counts the refreshes, so tests can check
 * the rate.
 */
public final class RefreshRunner {

	private static final int KEPT = 64;

	private final Control control;
	private final long periodNanos;
	private final Runnable update;
	private final AtomicBoolean pending = new AtomicBoolean();
	private final long[] times = new long[KEPT];
	private long lastRun = Long.MIN_VALUE / 2;
	private int count;
	private long longestNanos;

	/**
	 * @param control  nothing runs once it is disposed
	 * @param periodMs the least time between two refreshes
	 * @param update   the refresh, run on the UI thread
	 */
	public RefreshRunner(Control control, int periodMs, Runnable update) {
		this.control = control;
		this.periodNanos = TimeUnit.MILLISECONDS.toNanos(periodMs);
		this.update = update;
	}

	/** Asks for a refresh; callable from any thread, any number of times. */
	public void request() {
		if (control.isDisposed() || !pending.compareAndSet(false, true)) {
			return;
		}
		try {
			control.getDisplay().asyncExec(this::schedule);
		} catch (SWTException disposed) {
			pending.set(false);
		}
	}

	private void schedule() {
		if (control.isDisposed()) {
			return;
		}
		long wait = lastRun + periodNanos - System.nanoTime();
		if (wait <= 0) {
			run();
		} else {
			control.getDisplay().timerExec((int) TimeUnit.NANOSECONDS.toMillis(wait) + 1, this::run);
		}
	}

	private void run() {
		pending.set(false);
		if (control.isDisposed()) {
			return;
		}
		lastRun = System.nanoTime();
		times[count % KEPT] = lastRun;
		count++;
		update.run();
		longestNanos = Math.max(longestNanos, System.nanoTime() - lastRun);
	}

	/** @return the longest time one refresh took on the UI thread, in milliseconds; read on the UI thread */
	public long longestMillis() {
		return TimeUnit.NANOSECONDS.toMillis(longestNanos);
	}

	/** @return how many refreshes ran; read on the UI thread */
	public int count() {
		return count;
	}

	/** @return the most refreshes that ran within any one second, among the last 64; read on the UI thread */
	public int maxPerSecond() {
		int kept = Math.min(count, KEPT);
		int max = 0;
		for (int i = 0; i < kept; i++) {
			long start = times[i];
			int within = 0;
			for (int j = 0; j < kept; j++) {
				long t = times[j];
				if (t >= start && t - start < TimeUnit.SECONDS.toNanos(1)) {
					within++;
				}
			}
			max = Math.max(max, within);
		}
		return max;
	}
}
