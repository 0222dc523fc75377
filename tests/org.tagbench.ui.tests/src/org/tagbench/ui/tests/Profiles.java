package org.tagbench.ui.tests;

import java.nio.file.Files;
import java.time.Duration;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.tagbench.core.profiles.ConnectionProfile;
import org.tagbench.core.profiles.TlsSettings;
import org.tagbench.simulator.Simulator;
import org.tagbench.tests.support.Jobs;
import org.tagbench.tests.support.UiWait;
import org.tagbench.ui.internal.connections.ConnectionManager;
import org.tagbench.ui.internal.connections.ProfileFile;
import org.tagbench.ui.internal.handlers.Connecting;
import org.tagbench.ui.internal.jobs.TagbenchJobs;
import org.tagbench.ui.internal.nodes.ProfileNode;

/** Projects and profiles for the tests, and the clean-up that leaves an empty workspace behind. */
public final class Profiles {

	static final Duration JOBS = Duration.ofSeconds(30);

	private Profiles() {
	}

	/** @return the profile file of a new open project */
	static ProfileFile project(String name) throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		if (!project.exists()) {
			project.create(new NullProgressMonitor());
		}
		project.open(new NullProgressMonitor());
		return ProfileFile.of(project);
	}

	/** Saves the profile in the file and returns its node. */
	static ProfileNode add(ProfileFile file, ConnectionProfile profile) throws Exception {
		ConnectionManager.getDefault().save(file, profile);
		return new ProfileNode(file, profile);
	}

	/** Saves the profile in a new project, connects it with {@code password} and waits for its session. */
	static ProfileNode connected(String project, ConnectionProfile profile, String password) throws Exception {
		ProfileNode node = add(project(project), profile);
		Connecting.connect(node, password);
		Jobs.join(TagbenchJobs.FAMILY, JOBS);
		UiWait.until("the connection of " + project, () -> ConnectionManager.getDefault().session(node).isPresent());
		return node;
	}

	/** @return a profile for the simulator, its certificate pinned, no retries and short timeouts */
	public static ConnectionProfile forSimulator(Simulator simulator, String name, String user) {
		return ConnectionProfile.builder().name(name).url(simulator.baseUri().toString()).user(user)
				.tls(TlsSettings.pinned(simulator.certificateSha256())).retries(0).connectTimeoutMs(2_000)
				.responseTimeoutMs(2_000).build();
	}

	/** Closes every connection, deletes every project and the workspace's profiles. */
	public static void cleanUp() throws Exception {
		Jobs.join(TagbenchJobs.FAMILY, JOBS);
		ConnectionManager manager = ConnectionManager.getDefault();
		manager.disconnectAll();
		for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			project.delete(true, true, new NullProgressMonitor());
		}
		Files.deleteIfExists(manager.workspaceFile().path());
		manager.changed(manager.workspaceFile());
		Jobs.join(TagbenchJobs.FAMILY, JOBS);
	}
}
