package org.tagbench.ui.internal.handlers;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.window.Window;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.tagbench.core.profiles.ConnectionProfile;
import org.tagbench.ui.internal.connections.ConnectionManager;
import org.tagbench.ui.internal.connections.ProfileFile;
import org.tagbench.ui.internal.dialogs.NewProfileWizard;
import org.tagbench.ui.internal.nodes.ProfileNode;
import org.tagbench.ui.internal.preferences.TagbenchPreferences;

/** Opens the new-profile wizard, for the selected project or the workspace, starting from the preferred defaults. */
public class NewProfileHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		ProfileFile target = Selections.targetFile(event);
		open(event, TagbenchPreferences.newProfile(), "", target); //$NON-NLS-1$
		return null;
	}

	/** Opens the wizard starting from {@code initial}; selects the new profile in the Connections view. */
	static void open(ExecutionEvent event, ConnectionProfile initial, String password, ProfileFile target) {
		NewProfileWizard wizard = new NewProfileWizard(initial, password, locations(target), target);
		if (new WizardDialog(HandlerUtil.getActiveShell(event), wizard).open() == Window.OK && wizard.created() != null) {
			ShowInConnections.select(event, new ProfileNode(wizard.savedTo(), wizard.created()));
		}
	}

	private static List<ProfileFile> locations(ProfileFile target) {
		List<ProfileFile> locations = new ArrayList<>();
		locations.add(ConnectionManager.getDefault().workspaceFile());
		for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			if (project.isOpen() && project.getLocation() != null) {
				locations.add(ProfileFile.of(project));
			}
		}
		if (!locations.contains(target)) {
			locations.add(target);
		}
		return locations;
	}
}
