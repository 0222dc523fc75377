package org.tagbench.ui.internal.handlers;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.tagbench.ui.internal.views.WatchView;

/** Pauses polling of the Watch view, or resumes it (a toggle: pressed while paused). */
public class PauseWatchHandler extends WatchViewHandler {

	@Override
	void execute(ExecutionEvent event, WatchView view) throws ExecutionException {
		boolean wasPaused = HandlerUtil.toggleCommandState(event.getCommand());
		view.setPaused(!wasPaused);
	}
}
