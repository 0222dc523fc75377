package org.tagbench.ui.internal.wizards;

import java.net.URI;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.tagbench.core.profiles.ConnectionProfile;
import org.tagbench.core.profiles.ProfileFileException;
import org.tagbench.ui.internal.connections.ProfileFile;

/** Creates Tagbench projects: a plain project whose profile file holds the given profiles. */
public final class TagbenchProjects {

	private TagbenchProjects() {
	}

	/**
	 * Creates and opens the project (kept when it exists) and adds {@code profile} to its profile file.
	 *
	 * @param location where the project goes, or null for the workspace's default location
	 * @return the profile file of the project
	 */
	public static ProfileFile create(String name, URI location, ConnectionProfile profile, IProgressMonitor monitor)
			throws CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, 4);
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		if (!project.exists()) {
			IProjectDescription description = ResourcesPlugin.getWorkspace().newProjectDescription(name);
			description.setLocationURI(location);
			project.create(description, progress.split(1));
		}
		progress.setWorkRemaining(3);
		project.open(progress.split(1));
		ProfileFile file = ProfileFile.of(project);
		try {
			file.store().put(profile);
		} catch (ProfileFileException e) {
			throw new CoreException(Status.error(e.getMessage(), e));
		}
		progress.worked(1);
		project.refreshLocal(IResource.DEPTH_INFINITE, progress.split(1));
		return file;
	}
}
