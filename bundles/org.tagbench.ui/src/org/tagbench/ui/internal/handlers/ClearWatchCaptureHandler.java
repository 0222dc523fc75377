package org.tagbench.ui.internal.handlers;

import org.eclipse.core.commands.ExecutionEvent;
import org.tagbench.ui.internal.views.WatchView;

/** Forgets the values the Watch view captured so far; the next export starts from now. */
public class ClearWatchCaptureHandler extends WatchViewHandler {

	@Override
	void execute(ExecutionEvent event, WatchView view) {
		view.model().capture().clear();
		view.parts().runner().request();
	}
}
