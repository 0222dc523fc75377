package org.tagbench.ui.internal.handlers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.tagbench.core.profiles.ConnectionProfile;
import org.tagbench.core.profiles.ProfileFileException;
import org.tagbench.core.profiles.ProfileStore;
import org.tagbench.ui.internal.Messages;
import org.tagbench.ui.internal.Statuses;
import org.tagbench.ui.internal.connections.ConnectionManager;
import org.tagbench.ui.internal.nodes.ProfileNode;

/**
 * Exports the selected profiles (or all profiles of the selected group) to a file in the profile format,
 * for sharing. The format never holds a password.
 */
public class ExportProfilesHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		List<ConnectionProfile> profiles = new ArrayList<>(Selections.profiles(event).stream().map(ProfileNode::profile).toList());
		if (profiles.isEmpty()) {
			ConnectionManager.getDefault().profiles(Selections.targetFile(event)).forEach(node -> profiles.add(node.profile()));
		}
		Shell shell = HandlerUtil.getActiveShell(event);
		String target = FileChooser.choose(shell, SWT.SAVE, "connections.json"); //$NON-NLS-1$
		if (target == null) {
			return null;
		}
		try {
			ProfileStore.exportTo(Path.of(target), profiles);
		} catch (ProfileFileException e) {
			ErrorDialog.openError(shell, Messages.ExportProfilesHandler_failedTitle, null,
					Statuses.error(e.getMessage(), Messages.ExportProfilesHandler_solution, e));
		}
		return null;
	}
}
