package org.tagbench.ui.internal.handlers;

import org.eclipse.core.commands.ExecutionEvent;
import org.tagbench.ui.internal.views.WatchView;

/** Copies the selected rows of the Watch view (tag, connection, value, quality, timestamp), tab-separated. */
public class CopyWatchHandler extends WatchViewHandler {

	@Override
	void execute(ExecutionEvent event, WatchView view) {
		view.parts().table().copySelection();
	}
}
