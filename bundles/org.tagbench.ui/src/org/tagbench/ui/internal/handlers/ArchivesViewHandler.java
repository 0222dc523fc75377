package org.tagbench.ui.internal.handlers;

import java.util.function.Consumer;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;
import org.tagbench.ui.internal.views.ArchivesView;

/** A command of the Archives view: runs one of its actions when the view is the active part. */
abstract class ArchivesViewHandler extends AbstractHandler {

	private final Consumer<ArchivesView> action;

	ArchivesViewHandler(Consumer<ArchivesView> action) {
		this.action = action;
	}

	@Override
	public Object execute(ExecutionEvent event) {
		if (HandlerUtil.getActivePart(event) instanceof ArchivesView view) {
			action.accept(view);
		}
		return null;
	}
}
