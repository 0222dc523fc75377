package org.tagbench.ui.tests;

import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.WorkbenchException;
import org.eclipse.ui.handlers.IHandlerService;
import org.tagbench.tests.support.UiWait;
import org.tagbench.tests.support.WidgetDriver;
import org.tagbench.ui.TagbenchUi;

/** The running workbench, switched to the Tagbench perspective. */
final class WorkbenchFixture {

	private final IWorkbenchWindow window;

	private WorkbenchFixture(IWorkbenchWindow window) {
		this.window = window;
	}

	/**
	 * Shows the Tagbench perspective in the first workbench window and makes the window active, as a user's
	 * window is: without a window manager no window is active after a dialog closed, and then the
	 * workbench's key bindings and focus do not work.
	 */
	static WorkbenchFixture open() throws WorkbenchException {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		PlatformUI.getWorkbench().showPerspective(TagbenchUi.PERSPECTIVE_ID, window);
		UiWait.drain();
		UiWait.activate(window.getShell());
		return new WorkbenchFixture(window);
	}

	IWorkbenchWindow window() {
		return window;
	}

	IWorkbenchPage page() {
		return window.getActivePage();
	}

	WidgetDriver driver() {
		return new WidgetDriver(window.getShell());
	}

	/** Runs a command with {@code part} active, as its toolbar, menu or key binding would. */
	void run(IWorkbenchPart part, String commandId) throws Exception {
		page().activate(part);
		window.getService(IHandlerService.class).executeCommand(commandId, null);
	}

	/** Maximizes {@code part}, does {@code action} once the UI has caught up, then restores the part. */
	void maximized(IWorkbenchPart part, Runnable action) {
		IWorkbenchPage page = page();
		IWorkbenchPartReference reference = page.getReference(part);
		page.setPartState(reference, IWorkbenchPage.STATE_MAXIMIZED);
		UiWait.drain();
		try {
			action.run();
		} finally {
			page.setPartState(reference, IWorkbenchPage.STATE_RESTORED);
			UiWait.drain();
		}
	}
}
