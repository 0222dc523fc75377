package org.tagbench.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.tagbench.ui.internal.views.TagsView;

/** Writes the values of a CSV file ({@code name,value} lines) through the connection the Tags view shows. */
public class WriteCsvHandler extends AbstractHandler {

	private static final String[] CSV = { "*.csv", "*" }; //$NON-NLS-1$ //$NON-NLS-2$

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		if (HandlerUtil.getActivePart(event) instanceof TagsView view) {
			view.writeFromCsv(() -> FileChooser.choose(shell, SWT.OPEN, "", CSV)); //$NON-NLS-1$
		}
		return null;
	}
}
