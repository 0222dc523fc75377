package org.tagbench.ui.internal.connections;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.runtime.IPath;
import org.tagbench.core.profiles.ProfileStore;

/**
 * Tells the manager when projects open, close, appear or vanish, or when a project's profile file
 * changes (an edit in a text editor, a VCS update). One notification per workspace change.
 */
final class ProjectProfileTracker implements IResourceChangeListener {

	private static final IPath PROFILE_FILE = IPath.fromPortableString(ProfileStore.PROJECT_FILE);
	private static final int PROJECT_FLAGS = IResourceDelta.OPEN | IResourceDelta.DESCRIPTION;

	private final ConnectionManager manager;

	ProjectProfileTracker(ConnectionManager manager) {
		this.manager = manager;
	}

	@Override
	public void resourceChanged(IResourceChangeEvent event) {
		IResourceDelta root = event.getDelta();
		if (root == null) {
			return;
		}
		List<IProject> changed = new ArrayList<>();
		for (IResourceDelta delta : root.getAffectedChildren()) {
			IResource resource = delta.getResource();
			if (resource instanceof IProject project && affectsProfiles(delta)) {
				changed.add(project);
			}
		}
		if (!changed.isEmpty()) {
			manager.projectsChanged(changed);
		}
	}

	private static boolean affectsProfiles(IResourceDelta delta) {
		int kind = delta.getKind();
		if (kind == IResourceDelta.ADDED || kind == IResourceDelta.REMOVED) {
			return true;
		}
		return (delta.getFlags() & PROJECT_FLAGS) != 0 || delta.findMember(PROFILE_FILE) != null;
	}
}
