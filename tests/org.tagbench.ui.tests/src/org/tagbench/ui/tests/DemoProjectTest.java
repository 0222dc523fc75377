package org.tagbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tagbench.core.profiles.TlsMode;
import org.tagbench.tests.support.Jobs;
import org.tagbench.tests.support.ModalDialogs;
import org.tagbench.tests.support.Screenshots;
import org.tagbench.tests.support.UiWait;
import org.tagbench.tests.support.WidgetDriver;
import org.tagbench.ui.TagbenchUi;
import org.tagbench.ui.internal.Messages;
import org.tagbench.ui.internal.connections.ConnectionManager;
import org.tagbench.ui.internal.connections.ConnectionState;
import org.tagbench.ui.internal.connections.ProfileFile;
import org.tagbench.ui.internal.demo.DemoProject;
import org.tagbench.ui.internal.demo.EmbeddedSimulator;
import org.tagbench.ui.internal.jobs.TagbenchJobs;
import org.tagbench.ui.internal.nodes.ProfileNode;
import org.tagbench.ui.internal.tags.FolderNode;
import org.tagbench.ui.internal.views.TagsView;

/** The product's first start: the Demo project, connected to the embedded simulator, shown in the views. */
class DemoProjectTest {

	@AfterEach
	void cleanUp() throws Exception {
		Profiles.cleanUp();
		EmbeddedSimulator.stop();
	}

	@Test
	void demoProjectConnectsToTheEmbeddedSimulator() throws Exception {
		WorkbenchFixture workbench = WorkbenchFixture.open();
		DemoProject.open(workbench.window());
		Jobs.join(TagbenchJobs.FAMILY, Profiles.JOBS);

		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(DemoProject.PROJECT_NAME);
		assertTrue(project.isOpen());
		ProfileNode node = ConnectionManager.getDefault().find(ProfileFile.of(project), DemoProject.PROFILE_ID).orElseThrow();
		assertTrue(EmbeddedSimulator.isEmbedded(node.profile()));
		assertEquals(TlsMode.PIN, node.profile().tls().mode(), "the simulator's certificate is pinned: no trust question");
		ConnectionsViewPage view = ConnectionsViewPage.open(workbench);
		view.awaitState(node, ConnectionState.CONNECTED);
		TagsView tags = (TagsView) workbench.page().findView(TagbenchUi.TAGS_VIEW_ID);
		assertEquals(node, tags.shown());
		UiWait.until("the demo plant's groups in the Tags view", () -> tags.tree() != null
				&& ((FolderNode) tags.tree().roots().get(0)).loaded().size() == 6
				&& tags.viewer().getExpandedState(tags.tree().roots().get(0)));
		Screenshots.take("demo-first-start");
	}

	@Test
	void embeddedSimulatorStartsAndStopsByCommand() throws Exception {
		WorkbenchFixture workbench = WorkbenchFixture.open();
		StringBuilder said = new StringBuilder();
		ModalDialogs.Handled info = ModalDialogs.whenShellOpens(shell -> shell.getText().equals(Messages.Simulator_title),
				Duration.ofSeconds(30), shell -> new WidgetDriver(shell).findAll(Label.class::isInstance)
						.forEach(label -> said.append(((Label) label).getText())));
		IHandlerService handlers = workbench.window().getService(IHandlerService.class);
		handlers.executeCommand("org.tagbench.ui.commands.startSimulator", null);
		info.assertHandled();
		assertTrue(EmbeddedSimulator.running().isPresent(), "the simulator runs");
		String fingerprint = EmbeddedSimulator.running().get().certificateSha256();
		assertTrue(said.toString().contains("https://127.0.0.1:" + EmbeddedSimulator.demoPort() + "/WinCCRestService")
				&& said.toString().contains(fingerprint), said.toString());

		handlers.executeCommand("org.tagbench.ui.commands.stopSimulator", null);
		Jobs.join(TagbenchJobs.FAMILY, Profiles.JOBS);
		assertTrue(EmbeddedSimulator.running().isEmpty(), "the simulator stopped");
	}
}
