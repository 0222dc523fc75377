package org.tagbench.ui.internal.handlers;

import org.eclipse.core.commands.ExecutionEvent;
import org.tagbench.ui.internal.views.WatchView;

/** Stops watching every tag of the Watch view; the captured values stay for export. */
public class RemoveAllWatchTagsHandler extends WatchViewHandler {

	@Override
	void execute(ExecutionEvent event, WatchView view) {
		view.removeAll();
	}
}
