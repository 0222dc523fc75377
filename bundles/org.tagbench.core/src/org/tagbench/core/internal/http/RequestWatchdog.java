package org.tagbench.core.internal.http;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.hc.core5.concurrent.Cancellable;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Aborts running requests when their monitor is cancelled or their deadline passes. One daemon thread per
 * client checks the running requests every 50 ms; the blocked request then fails with an I/O error the
 * transport classifies by {@link Watch#reason()}. Starting and ending a watch only adds it to and removes
 * it from a set: the thread wakes on its period, not per request.
 */
final class RequestWatchdog implements AutoCloseable {

	/** Why a watch aborted its request. */
	enum Reason { NONE, CANCELLED, DEADLINE }

	private static final long PERIOD_MS = 50;

	private final Set<Watch> running = ConcurrentHashMap.newKeySet();
	private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
		Thread thread = new Thread(runnable, "Tagbench request watchdog");
		thread.setDaemon(true);
		return thread;
	});

	RequestWatchdog() {
		timer.scheduleWithFixedDelay(this::checkAll, PERIOD_MS, PERIOD_MS, TimeUnit.MILLISECONDS);
	}

	private void checkAll() {
		for (Watch watch : running) {
			try {
				watch.check();
			} catch (RuntimeException e) {
				// a monitor that fails is asked again on the next round; the other requests are still watched
			}
		}
	}

	/** Watches one request until closed. */
	final class Watch implements AutoCloseable {
		private final Cancellable request;
		private final IProgressMonitor monitor;
		private final long deadline;
		private volatile Reason reason = Reason.NONE;

		Watch(Cancellable request, IProgressMonitor monitor, long timeoutMs) {
			this.request = request;
			this.monitor = monitor;
			this.deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMs);
		}

		private void check() {
			if (reason != Reason.NONE) {
				return;
			}
			if (monitor.isCanceled()) {
				reason = Reason.CANCELLED;
			} else if (System.nanoTime() - deadline > 0) {
				reason = Reason.DEADLINE;
			} else {
				return;
			}
			request.cancel();
		}

		Reason reason() {
			return reason;
		}

		@Override
		public void close() {
			running.remove(this);
		}
	}

	Watch watch(Cancellable request, IProgressMonitor monitor, long timeoutMs) {
		Watch watch = new Watch(request, monitor, timeoutMs);
		running.add(watch);
		return watch;
	}

	@Override
	public void close() {
		timer.shutdownNow();
	}
}
