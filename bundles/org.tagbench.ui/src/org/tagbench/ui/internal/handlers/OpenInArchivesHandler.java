package org.tagbench.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.tagbench.ui.TagbenchUi;
import org.tagbench.ui.internal.connections.ConnectionManager;
import org.tagbench.ui.internal.nodes.ProfileNode;
import org.tagbench.ui.internal.views.ArchivesView;

/** Shows the archives of the selected profile, connecting it first when it is not connected. */
public class OpenInArchivesHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		ProfileNode node = Selections.profile(event);
		if (node == null) {
			return null;
		}
		if (!ConnectionManager.getDefault().status(node).isOpen()) {
			Connecting.connect(HandlerUtil.getActiveShell(event), node);
		}
		try {
			ArchivesView view = (ArchivesView) HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage()
					.showView(TagbenchUi.ARCHIVES_VIEW_ID);
			view.show(node);
		} catch (PartInitException e) {
			throw new ExecutionException(e.getMessage(), e);
		}
		return null;
	}
}
