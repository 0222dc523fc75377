package org.tagbench.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.tagbench.ui.TagbenchUi;
import org.tagbench.ui.internal.views.WatchView;

/**
 * A command of the Watch view: acts on the view of the active window's page (its toolbar, menu and
 * key bindings reach it whether or not it is the active part).
 */
abstract class WatchViewHandler extends AbstractHandler {

	@Override
	public final Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		if (window != null && window.getActivePage() != null
				&& window.getActivePage().findView(TagbenchUi.WATCH_VIEW_ID) instanceof WatchView view) {
			execute(event, view);
		}
		return null;
	}

	/** Runs the command on {@code view}. */
	abstract void execute(ExecutionEvent event, WatchView view) throws ExecutionException;
}
