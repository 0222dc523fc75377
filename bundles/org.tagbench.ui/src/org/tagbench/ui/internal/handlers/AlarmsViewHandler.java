package org.tagbench.ui.internal.handlers;

import java.util.function.Consumer;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;
import org.tagbench.ui.internal.alarms.AlarmsView;

/** A command of the Alarms view: runs one of its actions when the view is the active part. */
abstract class AlarmsViewHandler extends AbstractHandler {

	private final Consumer<AlarmsView> action;

	AlarmsViewHandler(Consumer<AlarmsView> action) {
		this.action = action;
	}

	@Override
	public Object execute(ExecutionEvent event) {
		if (HandlerUtil.getActivePart(event) instanceof AlarmsView view) {
			action.accept(view);
		}
		return null;
	}
}
