package org.tagbench.ui.internal.handlers;

import java.util.function.Consumer;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.tagbench.ui.internal.views.TagsView;

/**
 * A command of the Tags view: runs one of its actions when the view is the active part. plugin.xml
 * binds the platform's Refresh (F5), Copy (Ctrl+C) and Find (Ctrl+F) and Tagbench's own commands to
 * subclasses while the view is active.
 */
abstract class TagsViewHandler extends AbstractHandler {

	private final Consumer<TagsView> action;

	TagsViewHandler(Consumer<TagsView> action) {
		this.action = action;
	}

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchPart part = HandlerUtil.getActivePart(event);
		if (part instanceof TagsView view) {
			action.accept(view);
		}
		return null;
	}
}
