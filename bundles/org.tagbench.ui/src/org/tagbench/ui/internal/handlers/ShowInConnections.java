package org.tagbench.ui.internal.handlers;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.tagbench.ui.TagbenchUi;
import org.tagbench.ui.internal.nodes.ProfileNode;
import org.tagbench.ui.internal.views.ConnectionsView;

/** Selects a profile in the Connections view, if the view is open. */
final class ShowInConnections {

	private ShowInConnections() {
	}

	static void select(ExecutionEvent event, ProfileNode node) {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		if (window != null && window.getActivePage() != null
				&& window.getActivePage().findView(TagbenchUi.CONNECTIONS_VIEW_ID) instanceof ConnectionsView view) {
			view.select(node);
		}
	}
}
