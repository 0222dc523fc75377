package org.tagbench.tests.support;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * Waits on the UI thread for a condition while keeping the event loop running, the way the
 * Eclipse Platform's own UI tests do: events are dispatched, and when there are none the thread
 * sleeps until the next one or a short timer.
 */
public final class UiWait {

	private static final long ASK_AGAIN_NANOS = 250_000_000L;

	private UiWait() {
	}

	/** @return whether the calling thread is a display's UI thread */
	public static boolean isUiThread() {
		return Display.getCurrent() != null;
	}

	/**
	 * Runs the event loop until {@code condition} holds.
	 *
	 * @throws AssertionError when it does not hold within {@code timeout}
	 */
	public static void until(String what, Duration timeout, BooleanSupplier condition) {
		Display display = Display.getCurrent();
		if (display == null) {
			throw new IllegalStateException("UiWait.until must run on the UI thread; use Wait.until elsewhere"); //$NON-NLS-1$
		}
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Timed out after " + timeout.toMillis() + " ms waiting for: " + what); //$NON-NLS-1$ //$NON-NLS-2$
			}
			if (!display.readAndDispatch()) {
				display.timerExec(20, UiWait::wake);
				display.sleep();
			}
		}
	}

	/** Runs the event loop until {@code condition} holds, for at most {@link Wait#DEFAULT_TIMEOUT}. */
	public static void until(String what, BooleanSupplier condition) {
		until(what, Wait.DEFAULT_TIMEOUT, condition);
	}

	/**
	 * Brings the window to the front and runs the event loop until it is the active window, as it is when a user
	 * types into it. Without a window manager (Xvfb) X can refuse a focus request made with an older time stamp
	 * than the last focus change, for example after a dialog closed, so the request is repeated while waiting.
	 *
	 * @throws AssertionError when the window is not active within {@link Wait#DEFAULT_TIMEOUT}
	 */
	public static void activate(Shell window) {
		Display display = window.getDisplay();
		long[] asked = { 0 };
		until("the window '" + window.getText() + "' to be active", () -> { //$NON-NLS-1$ //$NON-NLS-2$
			if (display.getActiveShell() == window) {
				return true;
			}
			if (System.nanoTime() - asked[0] > ASK_AGAIN_NANOS) {
				window.forceActive();
				asked[0] = System.nanoTime();
			}
			return false;
		});
	}

	private static void wake() {
		// a timer that only ends display.sleep()
	}

	/** Dispatches every pending event. */
	public static void drain() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// keep dispatching until the queue is empty
		}
	}
}
