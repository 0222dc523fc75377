package org.tagbench.ui.internal.handlers;

import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.ILog;
import org.tagbench.core.security.CredentialStoreException;
import org.tagbench.ui.internal.connections.ConnectionManager;
import org.tagbench.ui.internal.dialogs.EditProfileDialog;
import org.tagbench.ui.internal.nodes.ProfileNode;
import org.eclipse.ui.handlers.HandlerUtil;

/** Opens the edit dialog for the selected profile. */
public class EditProfileHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		ProfileNode node = Selections.profile(event);
		if (node != null) {
			Optional<String> password = storedPassword(node);
			new EditProfileDialog(HandlerUtil.getActiveShell(event), node, password.orElse(""), password.isPresent()).open(); //$NON-NLS-1$
		}
		return null;
	}

	/** @return the stored password of the profile; empty when none is stored or storage cannot be read */
	static Optional<String> storedPassword(ProfileNode node) {
		try {
			return ConnectionManager.getDefault().credentials().getPassword(node.profile().id());
		} catch (CredentialStoreException e) {
			ILog.of(EditProfileHandler.class).warn(e.getMessage(), e);
			return Optional.empty();
		}
	}
}
