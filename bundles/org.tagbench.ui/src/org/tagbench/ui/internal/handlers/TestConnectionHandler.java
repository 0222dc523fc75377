package org.tagbench.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;
import org.tagbench.ui.internal.nodes.ProfileNode;

/** Tests the selected profile: one request, then its round trip and answer, or what went wrong. */
public class TestConnectionHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		ProfileNode node = Selections.profile(event);
		if (node != null) {
			Connecting.test(HandlerUtil.getActiveShell(event), node);
		}
		return null;
	}
}
