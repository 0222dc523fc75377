package org.tagbench.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;
import org.tagbench.ui.internal.nodes.ProfileNode;

/** Connects the selected profiles, each in its own Job. */
public class ConnectHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		for (ProfileNode node : Selections.profiles(event)) {
			Connecting.connect(HandlerUtil.getActiveShell(event), node);
		}
		return null;
	}
}
