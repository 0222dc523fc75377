package org.tagbench.ui.internal.handlers;

import java.nio.file.Path;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.SWT;
import org.eclipse.ui.handlers.HandlerUtil;
import org.tagbench.ui.internal.views.WatchView;
import org.tagbench.ui.internal.watch.WatchFiles;

/** Writes the values the Watch view captured to a CSV file, in a Job. */
public class ExportWatchCsvHandler extends WatchViewHandler {

	@Override
	void execute(ExecutionEvent event, WatchView view) {
		String target = FileChooser.choose(HandlerUtil.getActiveShell(event), SWT.SAVE, "watch.csv", //$NON-NLS-1$
				new String[] { "*.csv", "*" }); //$NON-NLS-1$ //$NON-NLS-2$
		if (target != null) {
			WatchFiles.export(Path.of(target), view.model().capture().snapshot(), view.connections()::name);
		}
	}
}
