package org.tagbench.ui.internal.connections;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.jobs.Job;
import org.tagbench.core.profiles.ProfileStore;
import org.tagbench.ui.internal.Messages;
import org.tagbench.ui.internal.jobs.TagbenchJobs;

/**
 * Refreshes a project's profile folder in the background after core wrote the file, so the Project
 * Explorer and editors see the change.
 */
final class ProjectRefresh {

	private static final String FOLDER = ProfileStore.PROJECT_FILE.substring(0, ProfileStore.PROJECT_FILE.indexOf('/'));

	private ProjectRefresh() {
	}

	static void schedule(IProject project) {
		Job job = TagbenchJobs.create(Messages.Jobs_refreshProject, monitor -> {
			if (project.isAccessible()) {
				project.getFolder(FOLDER).refreshLocal(IResource.DEPTH_INFINITE, monitor);
			}
		});
		job.setRule(project);
		job.setSystem(true);
		job.schedule();
	}
}
