package org.tagbench.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.tagbench.ui.internal.connections.ConnectionManager;
import org.tagbench.ui.internal.nodes.ProfileNode;

/** Closes the connections of the selected profiles. */
public class DisconnectHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		for (ProfileNode node : Selections.profiles(event)) {
			ConnectionManager.getDefault().disconnect(node);
		}
		return null;
	}
}
