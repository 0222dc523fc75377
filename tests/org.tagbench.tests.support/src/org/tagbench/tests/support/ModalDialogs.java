package org.tagbench.tests.support;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * Handles a modal dialog that a test opens on the UI thread. A modal dialog runs its own event
 * loop, so the test arranges beforehand for a timer to find the dialog's shell, act on it (read
 * it, press a button) and, if still open, close it.
 */
public final class ModalDialogs {

	private static final int POLL_MILLIS = 25;

	private ModalDialogs() {
	}

	/**
	 * Arranges for {@code action} to run on the first shell matching {@code filter} that opens
	 * within {@code timeout}. Call it before the code that opens the dialog, then call
	 * {@link Handled#assertHandled()} after it returned.
	 */
	public static Handled whenShellOpens(Predicate<Shell> filter, Duration timeout, Consumer<Shell> action) {
		Display display = Display.getCurrent();
		Handled handled = new Handled(timeout);
		long deadline = System.nanoTime() + timeout.toNanos();
		Runnable poll = new Runnable() {
			@Override
			public void run() {
				if (handled.stopped) {
					return;
				}
				for (Shell shell : display.getShells()) {
					if (!shell.isDisposed() && shell.isVisible() && filter.test(shell)) {
						handled.handle(shell, action);
						return;
					}
				}
				if (System.nanoTime() < deadline) {
					display.timerExec(POLL_MILLIS, this);
				}
			}
		};
		display.timerExec(POLL_MILLIS, poll);
		return handled;
	}

	/** The outcome of {@link ModalDialogs#whenShellOpens}. */
	public static final class Handled {
		private final Duration timeout;
		private final AtomicReference<Throwable> failure = new AtomicReference<>();
		private volatile boolean done;
		private volatile boolean stopped;

		Handled(Duration timeout) {
			this.timeout = timeout;
		}

		void handle(Shell shell, Consumer<Shell> action) {
			try {
				action.accept(shell);
			} catch (Throwable t) { // reported to the test thread by assertHandled
				failure.set(t);
			} finally {
				done = true;
				if (!shell.isDisposed()) {
					shell.close();
				}
			}
		}

		/**
		 * Stops looking for the shell, for a dialog that may or may not open; without it a later dialog
		 * of the same kind, in another test, would be taken for this one.
		 *
		 * @return whether the shell had opened and was handled
		 */
		public boolean stop() {
			stopped = true;
			return done;
		}

		/** @throws AssertionError when no matching shell opened, or when the action failed */
		public void assertHandled() {
			if (!done) {
				UiWait.until("a dialog to open", timeout, () -> done); //$NON-NLS-1$
			}
			Throwable t = failure.get();
			if (t instanceof AssertionError e) {
				throw e;
			}
			if (t != null) {
				throw new AssertionError("Handling the dialog failed: " + t, t); //$NON-NLS-1$
			}
		}
	}
}
