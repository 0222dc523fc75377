package org.tagbench.ui.internal.demo;

import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.tagbench.core.errors.WinccException;
import org.tagbench.core.profiles.ConnectionProfile;
import org.tagbench.core.profiles.TlsSettings;
import org.tagbench.simulator.Simulator;
import org.tagbench.ui.TagbenchUi;
import org.tagbench.ui.internal.Messages;
import org.tagbench.ui.internal.Statuses;
import org.tagbench.ui.internal.UiRunner;
import org.tagbench.ui.internal.connections.ConnectionManager;
import org.tagbench.ui.internal.connections.ProfileFile;
import org.tagbench.ui.internal.jobs.TagbenchJobs;
import org.tagbench.ui.internal.nodes.ProfileNode;
import org.tagbench.ui.internal.preferences.TagbenchPreferences;
import org.tagbench.ui.internal.views.ConnectionsView;
import org.tagbench.ui.internal.views.TagsView;
import org.tagbench.ui.internal.wizards.TagbenchProjects;

/**
 * The Demo project: a project whose profile points at the embedded simulator, with the simulator's
 * certificate pinned. Opening it starts the simulator, connects, and shows the connection in the
 * Connections and Tags views.
 */
public final class DemoProject {

	/** The project's name. */
	public static final String PROJECT_NAME = "Demo"; //$NON-NLS-1$
	/** The Demo profile keeps one id, so opening the Demo again updates it instead of adding another. */
	public static final String PROFILE_ID = "5e1f0de0-0000-4000-8000-000000000001"; //$NON-NLS-1$

	private DemoProject() {
	}

	/** Creates the Demo project if needed and connects its profile in a Job, then shows it in {@code window}. */
	public static Job open(IWorkbenchWindow window) {
		return TagbenchJobs.schedule(Messages.DemoProject_job, monitor -> {
			SubMonitor progress = SubMonitor.convert(monitor, 3);
			try {
				Simulator simulator = EmbeddedSimulator.start(EmbeddedSimulator.demoPort());
				ConnectionProfile profile = profile(simulator);
				ProfileFile file = TagbenchProjects.create(PROJECT_NAME, null, profile, progress.split(1));
				ConnectionManager manager = ConnectionManager.getDefault();
				manager.changed(file);
				ProfileNode node = new ProfileNode(file, profile);
				manager.connect(node, EmbeddedSimulator.PASSWORD, progress.split(2));
				UiRunner.run(() -> show(window, node));
			} catch (WinccException e) {
				throw new CoreException(Statuses.of(NLS.bind(Messages.Connecting_connectFailed, PROJECT_NAME), e.error()));
			}
		});
	}

	/** @return the Demo profile: the embedded simulator's URL, its certificate pinned, the operator account */
	static ConnectionProfile profile(Simulator simulator) {
		return TagbenchPreferences.newProfile().toBuilder().id(PROFILE_ID).name(Messages.DemoProject_profileName)
				.url(simulator.baseUri().toString()).user(EmbeddedSimulator.USER).environment("demo") //$NON-NLS-1$
				.tls(TlsSettings.pinned(simulator.certificateSha256()))
				.extra(Map.of(EmbeddedSimulator.PROFILE_FIELD, EmbeddedSimulator.EMBEDDED)).build();
	}

	private static void show(IWorkbenchWindow window, ProfileNode node) {
		IWorkbenchPage page = window.getActivePage();
		if (page == null) {
			return;
		}
		try {
			if (page.showView(TagbenchUi.CONNECTIONS_VIEW_ID) instanceof ConnectionsView connections) {
				connections.select(node);
			}
			if (page.showView(TagbenchUi.TAGS_VIEW_ID) instanceof TagsView tags) {
				tags.show(node);
			}
		} catch (PartInitException e) {
			ILog.of(DemoProject.class).error(e.getMessage(), e);
		}
	}
}
