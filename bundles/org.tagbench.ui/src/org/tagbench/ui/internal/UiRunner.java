package org.tagbench.ui.internal;

import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;

/**
 * Brings model events to the UI thread: one {@code asyncExec} per event, dropped when the control that
 * would show it is gone by then.
 */
public final class UiRunner {

	private UiRunner() {
	}

	/** Runs {@code action} on the UI thread later, unless {@code control} is disposed by then. */
	public static void run(Control control, Runnable action) {
		if (control == null || control.isDisposed()) {
			return;
		}
		Display display = control.getDisplay();
		display.asyncExec(() -> {
			if (!control.isDisposed()) {
				action.run();
			}
		});
	}

	/** Runs {@code action} on the workbench's UI thread later, unless the workbench is closing. */
	public static void run(Runnable action) {
		if (!PlatformUI.isWorkbenchRunning()) {
			return;
		}
		Display display = PlatformUI.getWorkbench().getDisplay();
		if (!display.isDisposed()) {
			display.asyncExec(() -> {
				if (!display.isDisposed()) {
					action.run();
				}
			});
		}
	}
}
