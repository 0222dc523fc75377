package org.tagbench.ui.internal.handlers;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.handlers.RadioState;
import org.tagbench.core.watch.WatchList;
import org.tagbench.ui.internal.views.WatchView;

/** Sets the poll interval of the Watch view (a radio choice; the parameter is the interval in ms). */
public class WatchIntervalHandler extends WatchViewHandler {

	@Override
	void execute(ExecutionEvent event, WatchView view) throws ExecutionException {
		if (HandlerUtil.matchesRadioState(event)) {
			return;
		}
		String value = event.getParameter(RadioState.PARAMETER_ID);
		int millis;
		try {
			millis = Integer.parseInt(value);
		} catch (NumberFormatException e) {
			throw new ExecutionException("not an interval in milliseconds: " + value, e); //$NON-NLS-1$
		}
		if (millis >= WatchList.MIN_INTERVAL_MS) {
			view.setInterval(millis);
			HandlerUtil.updateRadioState(event.getCommand(), value);
		}
	}
}
