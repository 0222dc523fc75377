package org.tagbench.ui.internal.handlers;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.tagbench.core.profiles.ProfileFileException;
import org.tagbench.ui.internal.Messages;
import org.tagbench.ui.internal.Statuses;
import org.tagbench.ui.internal.connections.ConnectionManager;
import org.tagbench.ui.internal.nodes.ProfileNode;

/** Deletes the selected profiles after confirmation: closes their connections, removes their passwords. */
public class DeleteProfileHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		List<ProfileNode> nodes = Selections.profiles(event);
		if (nodes.isEmpty()) {
			return null;
		}
		Shell shell = HandlerUtil.getActiveShell(event);
		String question = nodes.size() == 1
				? NLS.bind(Messages.DeleteProfileHandler_confirmOne, nodes.get(0).profile().name())
				: NLS.bind(Messages.DeleteProfileHandler_confirmMany, Integer.toString(nodes.size()));
		if (!MessageDialog.openConfirm(shell, Messages.DeleteProfileHandler_title, question)) {
			return null;
		}
		for (ProfileNode node : nodes) {
			try {
				ConnectionManager.getDefault().delete(node);
			} catch (ProfileFileException e) {
				ErrorDialog.openError(shell, Messages.DeleteProfileHandler_title, null,
						Statuses.error(e.getMessage(), Messages.ProfileSaving_fileSolution, e));
				return null;
			}
		}
		return null;
	}
}
