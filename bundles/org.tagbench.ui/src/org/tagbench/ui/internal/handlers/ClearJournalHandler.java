package org.tagbench.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;
import org.tagbench.ui.internal.connections.ConnectionManager;
import org.tagbench.ui.internal.views.DiagnosticsView;

/** Empties the workbench's diagnostics journal. */
public class ClearJournalHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		ConnectionManager.getDefault().journal().clear();
		if (HandlerUtil.getActivePart(event) instanceof DiagnosticsView view) {
			view.refresh();
		}
		return null;
	}
}
