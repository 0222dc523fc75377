package org.tagbench.ui.internal.handlers;

import org.eclipse.core.commands.ExecutionEvent;
import org.tagbench.ui.internal.views.WatchView;

/** Stops watching the tags selected in the Watch view (also Delete while the view is active). */
public class RemoveWatchTagsHandler extends WatchViewHandler {

	@Override
	void execute(ExecutionEvent event, WatchView view) {
		view.removeSelected();
	}
}
