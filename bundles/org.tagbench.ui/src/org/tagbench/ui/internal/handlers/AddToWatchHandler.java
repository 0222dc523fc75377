package org.tagbench.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.tagbench.ui.TagbenchUi;
import org.tagbench.ui.internal.views.TagsView;
import org.tagbench.ui.internal.views.WatchView;
import org.tagbench.ui.internal.watch.TagDrag;

/** Watches the tags selected in the Tags view: opens the Watch view (without taking the focus) and adds them. */
public class AddToWatchHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		if (!(HandlerUtil.getActivePart(event) instanceof TagsView tags)
				|| !(HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection)) {
			return null;
		}
		var items = TagDrag.items(selection, tags.shown());
		if (items.isEmpty()) {
			return null;
		}
		try {
			IWorkbenchPage page = tags.getSite().getPage();
			if (page.showView(TagbenchUi.WATCH_VIEW_ID, null, IWorkbenchPage.VIEW_VISIBLE) instanceof WatchView watch) {
				watch.add(items);
			}
		} catch (PartInitException e) {
			throw new ExecutionException(e.getMessage(), e);
		}
		return null;
	}
}
