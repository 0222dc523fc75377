package org.tagbench.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.osgi.util.NLS;
import org.tagbench.core.profiles.ConnectionProfile;
import org.tagbench.ui.internal.Messages;
import org.tagbench.ui.internal.nodes.ProfileNode;

/** Opens the new-profile wizard on a copy of the selected profile, with a new id and its password. */
public class DuplicateProfileHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		ProfileNode node = Selections.profile(event);
		if (node != null) {
			ConnectionProfile copy = node.profile().toBuilder().id(ConnectionProfile.builder().build().id())
					.name(NLS.bind(Messages.DuplicateProfileHandler_copyName, node.profile().name())).build();
			NewProfileHandler.open(event, copy, EditProfileHandler.storedPassword(node).orElse(""), node.file()); //$NON-NLS-1$
		}
		return null;
	}
}
