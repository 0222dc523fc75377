package org.tagbench.ui.internal.handlers;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.tagbench.core.profiles.ConnectionProfile;
import org.tagbench.core.profiles.ProfileFileException;
import org.tagbench.core.profiles.ProfileStore;
import org.tagbench.ui.internal.Messages;
import org.tagbench.ui.internal.Statuses;
import org.tagbench.ui.internal.connections.ConnectionManager;
import org.tagbench.ui.internal.connections.ProfileFile;

/**
 * Imports the profiles of an exported file into the selected project (or the workspace). A profile whose
 * id is already there gets a new one; passwords are never in the file and are asked for on connect.
 */
public class ImportProfilesHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		ProfileFile target = Selections.targetFile(event);
		Shell shell = HandlerUtil.getActiveShell(event);
		String source = FileChooser.choose(shell, SWT.OPEN, ""); //$NON-NLS-1$
		if (source == null) {
			return null;
		}
		try {
			List<ConnectionProfile> profiles = ProfileStore.importFrom(Path.of(source));
			ConnectionManager.getDefault().addAll(target, profiles);
			String where = target.isWorkspace() ? Messages.ConnectionsView_workspaceGroup : target.project().getName();
			MessageDialog.openInformation(shell, Messages.ImportProfilesHandler_doneTitle,
					NLS.bind(Messages.ImportProfilesHandler_done, Integer.toString(profiles.size()), where));
		} catch (ProfileFileException e) {
			ErrorDialog.openError(shell, Messages.ImportProfilesHandler_failedTitle, null,
					Statuses.error(e.getMessage(), Messages.ImportProfilesHandler_solution, e));
		}
		return null;
	}
}
