package org.tagbench.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.handlers.HandlerUtil;
import org.tagbench.core.diagnostics.CurlCommand;
import org.tagbench.core.diagnostics.JournalEntry;
import org.tagbench.ui.internal.widgets.Clipboards;

/** Copies the selected request as a curl command; the credentials are always redacted by core. */
public class CopyAsCurlHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection
				&& selection.getFirstElement() instanceof JournalEntry entry) {
			Clipboards.copy(Display.getCurrent(), CurlCommand.of(entry));
		}
		return null;
	}
}
