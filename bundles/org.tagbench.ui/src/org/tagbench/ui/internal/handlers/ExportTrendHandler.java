package org.tagbench.ui.internal.handlers;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.SWT;
import org.eclipse.ui.handlers.HandlerUtil;
import org.tagbench.ui.internal.views.ArchivesView;

/** Writes the samples the Archives view shows to a CSV file, in a job. */
public class ExportTrendHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		if (!(HandlerUtil.getActivePart(event) instanceof ArchivesView view)) {
			return null;
		}
		String target = FileChooser.choose(HandlerUtil.getActiveShell(event), SWT.SAVE, "trend.csv", //$NON-NLS-1$
				new String[] { "*.csv", "*" }); //$NON-NLS-1$ //$NON-NLS-2$
		if (target != null) {
			view.exportCsv(Path.of(target));
		}
		return null;
	}
}
