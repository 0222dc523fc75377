package org.tagbench.ui.internal.handlers;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.handlers.HandlerUtil;
import org.tagbench.ui.internal.connections.ConnectionManager;
import org.tagbench.ui.internal.connections.ProfileFile;
import org.tagbench.ui.internal.nodes.ProfileGroupNode;
import org.tagbench.ui.internal.nodes.ProfileNode;

/** What the handlers act on: the selected profiles, or the profile file the selection points to. */
final class Selections {

	private Selections() {
	}

	/** @return the selected profiles, in selection order */
	static List<ProfileNode> profiles(ExecutionEvent event) {
		List<ProfileNode> profiles = new ArrayList<>();
		for (Object element : HandlerUtil.getCurrentStructuredSelection(event)) {
			if (element instanceof ProfileNode node) {
				profiles.add(ConnectionManager.getDefault().current(node));
			}
		}
		return profiles;
	}

	/** @return the first selected profile, or null */
	static ProfileNode profile(ExecutionEvent event) {
		List<ProfileNode> profiles = profiles(event);
		return profiles.isEmpty() ? null : profiles.get(0);
	}

	/**
	 * @return the file new or imported profiles go to: the selected profile's or group's file, the selected
	 *         resource's project, or the workspace file
	 */
	static ProfileFile targetFile(ExecutionEvent event) {
		IStructuredSelection selection = HandlerUtil.getCurrentStructuredSelection(event);
		Object first = selection.getFirstElement();
		if (first instanceof ProfileNode node) {
			return node.file();
		}
		if (first instanceof ProfileGroupNode group) {
			return group.file();
		}
		IResource resource = Adapters.adapt(first, IResource.class);
		IProject project = resource == null ? null : resource.getProject();
		if (project != null && project.isOpen() && project.getLocation() != null) {
			return ProfileFile.of(project);
		}
		return ConnectionManager.getDefault().workspaceFile();
	}
}
