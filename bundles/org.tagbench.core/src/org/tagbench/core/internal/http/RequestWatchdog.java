package org.tagbench.core.internal.http;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.apache.hc.core5.concurrent.Cancellable;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Aborts running requests when their monitor is cancelled or their deadline passes. One daemon thread per
 * client polls every 50 ms; the blocked request then fails with an I/O error the transport classifies by
 * {@link Watch#reason()}.
 */
final class RequestWatchdog implements AutoCloseable {

	/** Why a watch aborted its request. */
	enum Reason { NONE, CANCELLED, DEADLINE }

	private static final long PERIOD_MS = 50;

	private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
		Thread thread = new Thread(runnable, "Tagbench request watchdog");
		thread.setDaemon(true);
		return thread;
	});

	/** Watches one request until closed. */
	final class Watch implements AutoCloseable {
		private final Cancellable request;
		private final IProgressMonitor monitor;
		private final long deadline;
		private volatile Reason reason = Reason.NONE;
		private final ScheduledFuture<?> task;

		Watch(Cancellable request, IProgressMonitor monitor, long timeoutMs) {
			this.request = request;
			this.monitor = monitor;
			this.deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMs);
			this.task = timer.scheduleAtFixedRate(this::check, PERIOD_MS, PERIOD_MS, TimeUnit.MILLISECONDS);
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
			task.cancel(false);
		}
	}

	Watch watch(Cancellable request, IProgressMonitor monitor, long timeoutMs) {
		return new Watch(request, monitor, timeoutMs);
	}

	@Override
	public void close() {
		timer.shutdownNow();
	}
}
