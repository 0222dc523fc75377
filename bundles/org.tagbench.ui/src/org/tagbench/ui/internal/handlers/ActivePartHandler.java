package org.tagbench.ui.internal.handlers;

import java.util.function.Consumer;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * A command of one view (Tags, Archives, Alarms): runs one of its actions when the view is the active part.
 * plugin.xml binds the platform's Refresh (F5), Copy (Ctrl+C) and Find (Ctrl+F) and Tagbench's own
 * commands to subclasses while the view is active.
 *
 * @param <V> the view's class
 */
abstract class ActivePartHandler<V extends IWorkbenchPart> extends AbstractHandler {

	private final Class<V> viewClass;
	private final Consumer<V> action;

	ActivePartHandler(Class<V> viewClass, Consumer<V> action) {
		this.viewClass = viewClass;
		this.action = action;
	}

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchPart part = HandlerUtil.getActivePart(event);
		if (viewClass.isInstance(part)) {
			action.accept(viewClass.cast(part));
		}
		return null;
	}
}
