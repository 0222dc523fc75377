package org.tagbench.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.tagbench.ui.internal.connections.ConnectionManager;

/** Empties the workbench's diagnostics journal; the Diagnostics view hears of it from the journal. */
public class ClearJournalHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		ConnectionManager.getDefault().journal().clear();
		return null;
	}
}
