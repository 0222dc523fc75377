package org.tagbench.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.tagbench.core.profiles.ConnectionProfile;
import org.tagbench.core.profiles.ProfileConflictException;
import org.tagbench.core.profiles.ProfileFileException;
import org.tagbench.core.profiles.ProfileSnapshot;
import org.tagbench.ui.internal.Messages;
import org.tagbench.ui.internal.Statuses;
import org.tagbench.ui.internal.connections.ConnectionManager;
import org.tagbench.ui.internal.nodes.ProfileNode;

/** Switches the selected profiles between read-only (writes refused) and read-write. */
public class ToggleReadOnlyHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		ConnectionManager manager = ConnectionManager.getDefault();
		for (ProfileNode node : Selections.profiles(event)) {
			ProfileSnapshot base = manager.snapshot(node.file());
			ConnectionProfile profile = base.find(node.profile().id()).orElse(node.profile());
			try {
				manager.save(node.file(), base, profile.toBuilder().readOnly(!profile.readOnly()).build());
			} catch (ProfileConflictException e) {
				ErrorDialog.openError(HandlerUtil.getActiveShell(event), Messages.ToggleReadOnlyHandler_failedTitle, null,
						Statuses.error(e.getMessage(), e.solution(), e));
				return null;
			} catch (ProfileFileException e) {
				ErrorDialog.openError(HandlerUtil.getActiveShell(event), Messages.ToggleReadOnlyHandler_failedTitle, null,
						Statuses.error(e.getMessage(), Messages.ProfileSaving_fileSolution, e));
				return null;
			}
		}
		return null;
	}
}
