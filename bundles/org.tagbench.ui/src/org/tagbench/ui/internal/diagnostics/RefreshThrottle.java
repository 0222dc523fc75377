package org.tagbench.ui.internal.diagnostics;

import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.swt.widgets.Control;

/**
 * Coalesces change notifications from any thread into at most one UI update per period: the first
 * request of a burst schedules the update, the others are folded into it.
 */
final class RefreshThrottle {

	private final Control control;
	private final int periodMs;
	private final Runnable update;
	private final AtomicBoolean pending = new AtomicBoolean();

	/**
	 * @param control  the control the update shows in; nothing runs once it is disposed
	 * @param periodMs the least time between two updates
	 * @param update   what to run on the UI thread
	 */
	RefreshThrottle(Control control, int periodMs, Runnable update) {
		this.control = control;
		this.periodMs = periodMs;
		this.update = update;
	}

	/** Asks for an update; callable from any thread. */
	void request() {
		if (control.isDisposed() || !pending.compareAndSet(false, true)) {
			return;
		}
		control.getDisplay().asyncExec(() -> {
			if (!control.isDisposed()) {
				control.getDisplay().timerExec(periodMs, this::run);
			}
		});
	}

	private void run() {
		pending.set(false);
		if (!control.isDisposed()) {
			update.run();
		}
	}
}
