package org.tagbench.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.tagbench.ui.TagbenchUi;
import org.tagbench.ui.internal.alarms.AlarmsView;
import org.tagbench.ui.internal.connections.ConnectionManager;
import org.tagbench.ui.internal.nodes.ProfileNode;

/** Shows the alarms of the selected profile, connecting it first when it is not connected. */
public class OpenInAlarmsHandler extends AbstractHandler {

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
			AlarmsView view = (AlarmsView) HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage()
					.showView(TagbenchUi.ALARMS_VIEW_ID);
			view.show(node);
		} catch (PartInitException e) {
			throw new ExecutionException(e.getMessage(), e);
		}
		return null;
	}
}
