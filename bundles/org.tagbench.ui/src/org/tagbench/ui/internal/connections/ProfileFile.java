package org.tagbench.ui.internal.connections;

import java.nio.file.Path;
import java.util.Objects;

import org.eclipse.core.resources.IProject;
import org.tagbench.core.profiles.ProfileStore;

/**
 * One file of connection profiles: a project's {@code .tagbench/connections.json}, or the workspace's.
 *
 * @param project the project, or null for the workspace file
 * @param path    the file
 */
public record ProfileFile(IProject project, Path path) {

	public ProfileFile {
		Objects.requireNonNull(path, "path"); //$NON-NLS-1$
	}

	/** @return the profile file of a project (which need not exist yet) */
	public static ProfileFile of(IProject project) {
		return new ProfileFile(project, project.getLocation().toPath().resolve(ProfileStore.PROJECT_FILE));
	}

	/** @return whether this is the workspace's file */
	public boolean isWorkspace() {
		return project == null;
	}

	/** @return a store over the file */
	public ProfileStore store() {
		return new ProfileStore(path);
	}
}
