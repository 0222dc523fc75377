package org.tagbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.keys.IBindingService;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertySheet;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tagbench.core.profiles.ConnectionProfile;
import org.tagbench.core.profiles.ProfileStore;
import org.tagbench.tests.support.Jobs;
import org.tagbench.tests.support.ModalDialogs;
import org.tagbench.tests.support.Screenshots;
import org.tagbench.tests.support.UiWait;
import org.tagbench.ui.internal.Messages;
import org.tagbench.ui.internal.TagbenchImages;
import org.tagbench.ui.internal.connections.ConnectionManager;
import org.tagbench.ui.internal.connections.ConnectionState;
import org.tagbench.ui.internal.connections.ProfileFile;
import org.tagbench.ui.internal.dialogs.GeneralSection;
import org.tagbench.ui.internal.handlers.FileChooser;
import org.tagbench.ui.internal.jobs.TagbenchJobs;
import org.tagbench.ui.internal.nodes.ProfileNode;
import org.tagbench.ui.internal.views.ProfileView;

/** The Connections view: grouping, state icons from the health probe, and every action on profiles. */
class ConnectionsViewTest {

	private static final Duration DIALOG = Duration.ofSeconds(30);
	private static final String COMMANDS = "org.tagbench.ui.commands.";

	@TempDir
	static Path dir;
	@RegisterExtension
	static final SimulatorSession session = SimulatorSession.demo();

	private static ProfileNode simulatorProfile(ProfileFile file, String name) throws Exception {
		ConnectionProfile profile = Profiles.forSimulator(session.simulator(), name, "reader").toBuilder().pollIntervalMs(200).build();
		session.credentials().putPassword(profile.id(), "reader");
		return Profiles.add(file, profile);
	}

	@Test
	void profilesAreGroupedByProjectWithTheWorkspaceFirst() throws Exception {
		Profiles.add(Profiles.project("Water works"), ConnectionProfile.builder().name("Line 1").url("https://wincc01:34568/WinCCRestService").build());
		Profiles.add(Profiles.project("Brewery"), ConnectionProfile.builder().name("Brew house").url("https://wincc02:34568/WinCCRestService").readOnly(true).build());
		Profiles.add(ConnectionManager.getDefault().workspaceFile(), ConnectionProfile.builder().name("Lab").url("https://lab:34568/WinCCRestService").build());
		ConnectionsViewPage view = ConnectionsViewPage.open(WorkbenchFixture.open());
		view.item("Line 1");

		List<String> labels = view.labels();
		assertEquals(Messages.ConnectionsView_workspaceGroup, labels.get(0), labels.toString());
		assertTrue(labels.get(1).startsWith("Lab  https://lab:34568/WinCCRestService"), labels.toString());
		assertEquals("Brewery", labels.get(2), labels.toString());
		assertTrue(labels.get(3).contains(Messages.ConnectionsView_readOnly), labels.toString());
		assertEquals("Water works", labels.get(4), labels.toString());
		assertTrue(view.tree().isVisible(), "the tree replaces the empty state");
		assertSame(TagbenchImages.get(TagbenchImages.PROFILE_DISCONNECTED), view.item("Lab").getImage());
	}

	@Test
	void stateIconFollowsTheHealthProbe() throws Exception {
		ProfileNode node = simulatorProfile(Profiles.project("Health"), "Probed");
		WorkbenchFixture workbench = WorkbenchFixture.open();
		IWorkbenchPage page = workbench.page();
		ConnectionsViewPage view = ConnectionsViewPage.open(workbench);
		view.item("Probed");
		view.select(node);

		view.run(COMMANDS + "connect");
		Jobs.join(TagbenchJobs.FAMILY, Profiles.JOBS);
		view.awaitState(node, ConnectionState.CONNECTED);
		UiWait.until("the connected icon", () -> view.item("Probed").getImage() == TagbenchImages.get(TagbenchImages.PROFILE_CONNECTED));
		UiWait.until("the Properties view to show the connection connected, not " + property(page, Messages.Properties_state),
				() -> property(page, Messages.Properties_state).startsWith(Messages.ConnectionState_connected)
						&& !property(page, Messages.Properties_latency).isEmpty());
		Screenshots.take("connections-view");

		session.simulator().faults().status(503, 1.0);
		view.awaitState(node, ConnectionState.ERROR);
		UiWait.until("the error icon", () -> view.item("Probed").getImage() == TagbenchImages.get(TagbenchImages.PROFILE_ERROR));
		UiWait.until("the Properties view to show the error, not " + property(page, Messages.Properties_state),
				() -> property(page, Messages.Properties_state).startsWith(Messages.ConnectionState_error));

		session.simulator().faults().clear();
		view.awaitState(node, ConnectionState.DEGRADED);
		UiWait.until("the degraded icon", () -> view.item("Probed").getImage() == TagbenchImages.get(TagbenchImages.PROFILE_DEGRADED));

		view.select(node);
		view.run(COMMANDS + "disconnect");
		view.awaitState(node, ConnectionState.DISCONNECTED);
		UiWait.until("the disconnected icon", () -> view.item("Probed").getImage() == TagbenchImages.get(TagbenchImages.PROFILE_DISCONNECTED));
	}

	/** @return the value the Properties view shows in the row {@code name}, or "" when it has no such row */
	private static String property(IWorkbenchPage page, String name) {
		if (page.findView(IPageLayout.ID_PROP_SHEET) instanceof PropertySheet sheet
				&& sheet.getCurrentPage() instanceof PropertySheetPage properties) {
			for (TreeItem item : ((Tree) properties.getControl()).getItems()) {
				if (item.getText(0).equals(name)) {
					return item.getText(1);
				}
			}
		}
		return ""; //$NON-NLS-1$
	}

	@ParameterizedTest
	@CsvSource({ "org.eclipse.ui.edit.delete, true", "org.eclipse.ui.file.properties, false", "org.eclipse.ui.edit.rename, false" })
	void theWorkbenchKeysDeleteAndEditTheSelectedProfile(String commandId, boolean deletes) throws Exception {
		String dialogTitle = deletes ? Messages.DeleteProfileHandler_title : Messages.EditProfileDialog_title;
		ProfileNode node = simulatorProfile(Profiles.project("Keys"), "Keyed");
		ConnectionsViewPage view = ConnectionsViewPage.open(WorkbenchFixture.open());
		view.item("Keyed");
		view.select(node);
		IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
		assertNotNull(bindings.getBestActiveBindingFormattedFor(commandId), commandId + " has a key");

		ModalDialogs.Handled dialog = ModalDialogs.whenShellOpens(s -> s.getText().equals(dialogTitle), DIALOG,
				shell -> new DialogPage(shell).click(IDialogConstants.CANCEL_LABEL));
		view.run(commandId);
		dialog.assertHandled();
		assertTrue(ConnectionManager.getDefault().find(node.file(), node.profile().id()).isPresent(), "cancel keeps it");
	}

	@Test
	void deleteAsksFirstAndRemovesThePassword() throws Exception {
		ProfileNode node = simulatorProfile(Profiles.project("Delete"), "Doomed");
		ConnectionsViewPage view = ConnectionsViewPage.open(WorkbenchFixture.open());
		view.item("Doomed");
		view.select(node);

		ModalDialogs.Handled cancelled = ModalDialogs.whenShellOpens(s -> s.getText().equals(Messages.DeleteProfileHandler_title),
				DIALOG, shell -> new DialogPage(shell).click(IDialogConstants.CANCEL_LABEL));
		view.run(COMMANDS + "deleteProfile");
		cancelled.assertHandled();
		assertTrue(ConnectionManager.getDefault().find(node.file(), node.profile().id()).isPresent(), "cancel keeps it");

		ModalDialogs.Handled confirmed = ModalDialogs.whenShellOpens(s -> s.getText().equals(Messages.DeleteProfileHandler_title),
				DIALOG, shell -> {
					new DialogPage(shell).screenshot("delete-confirm");
					new DialogPage(shell).click(IDialogConstants.OK_LABEL);
				});
		view.run(COMMANDS + "deleteProfile");
		confirmed.assertHandled();
		assertFalse(ConnectionManager.getDefault().find(node.file(), node.profile().id()).isPresent());
		assertEquals(Optional.empty(), session.credentials().getPassword(node.profile().id()));
	}

	@Test
	void duplicateOpensTheWizardOnACopy() throws Exception {
		ProfileNode node = simulatorProfile(Profiles.project("Copy"), "Original");
		ConnectionsViewPage view = ConnectionsViewPage.open(WorkbenchFixture.open());
		view.item("Original");
		view.select(node);

		ModalDialogs.Handled handled = ModalDialogs.whenShellOpens(s -> s.getText().equals(Messages.NewProfileWizard_title),
				DIALOG, shell -> {
					DialogPage wizard = new DialogPage(shell);
					assertEquals("Copy of Original", wizard.text(GeneralSection.NAME_ID));
					wizard.click(IDialogConstants.FINISH_LABEL);
				});
		view.run(COMMANDS + "duplicateProfile");
		handled.assertHandled();

		view.item("Copy of Original");
		ProfileNode copy = ConnectionManager.getDefault().profiles(node.file()).stream()
				.filter(n -> n.profile().name().equals("Copy of Original")).findFirst().orElseThrow();
		assertFalse(copy.profile().id().equals(node.profile().id()), "the copy has its own id");
		assertEquals(node.profile().url(), copy.profile().url());
		assertEquals(Optional.of("reader"), session.credentials().getPassword(copy.profile().id()));
	}

	@Test
	void readOnlyTogglesAndShows() throws Exception {
		ProfileNode node = simulatorProfile(Profiles.project("Toggle"), "Switch");
		ConnectionsViewPage view = ConnectionsViewPage.open(WorkbenchFixture.open());
		view.item("Switch");
		view.select(node);

		view.run(COMMANDS + "toggleReadOnly");
		assertTrue(ConnectionManager.getDefault().find(node.file(), node.profile().id()).orElseThrow().profile().readOnly());
		UiWait.until("the read-only mark, not " + view.labels(), () -> view.item("Switch").getText().contains(Messages.ConnectionsView_readOnly));

		view.select(node);
		view.run(COMMANDS + "toggleReadOnly");
		UiWait.until("no read-only mark", () -> !view.item("Switch").getText().contains(Messages.ConnectionsView_readOnly));
	}

	@ParameterizedTest
	@CsvSource({ "openInTags, org.tagbench.ui.views.tags", "openInArchives, org.tagbench.ui.views.archives",
			"openInAlarms, org.tagbench.ui.views.alarms" })
	void openInViewConnectsAndShowsTheConnectionThere(String command, String viewId) throws Exception {
		ProfileNode node = simulatorProfile(Profiles.project("Open"), "Browse me");
		ConnectionsViewPage view = ConnectionsViewPage.open(WorkbenchFixture.open());
		view.item("Browse me");
		view.select(node);

		view.run(COMMANDS + command);
		Jobs.join(TagbenchJobs.FAMILY, Profiles.JOBS);
		view.awaitState(node, ConnectionState.CONNECTED);
		ProfileView shown = (ProfileView) WorkbenchFixture.open().page().findView(viewId);
		UiWait.until(viewId + " shows the connection", () -> node.equals(shown.shown()));
		assertNotNull(Adapters.adapt(node, IPropertySource.class), "the Properties view gets the profile through an adapter");
	}

	@Test
	void exportWritesNoSecretAndImportAddsTheProfilesBack() throws Exception {
		ProfileFile project = Profiles.project("Share");
		ProfileNode node = simulatorProfile(project, "Shared");
		session.credentials().putPassword(node.profile().id(), "export-secret");
		Path exported = dir.resolve("exported.json");
		ConnectionsViewPage view = ConnectionsViewPage.open(WorkbenchFixture.open());
		view.item("Shared");
		view.select(node);

		FileChooser.use((shell, style, suggested) -> exported.toString());
		view.run(COMMANDS + "exportProfiles");
		String content = Files.readString(exported);
		assertTrue(content.contains("Shared"), content);
		assertFalse(content.contains("\"password\""), "no password field in " + content);
		assertFalse(content.contains("export-secret"), "no password in " + content);
		assertEquals(1, ProfileStore.importFrom(exported).size());

		ProfileFile target = Profiles.project("Receiver");
		Profiles.add(target, ConnectionProfile.builder().name("Already there").url("https://x:34568/WinCCRestService").build());
		view.item("Already there");
		view.select(ConnectionManager.getDefault().profiles(target).get(0));
		ModalDialogs.Handled done = ModalDialogs.whenShellOpens(s -> s.getText().equals(Messages.ImportProfilesHandler_doneTitle),
				DIALOG, shell -> { });
		view.run(COMMANDS + "importProfiles");
		done.assertHandled();

		List<String> names = ConnectionManager.getDefault().profiles(target).stream().map(n -> n.profile().name()).toList();
		assertEquals(List.of("Already there", "Shared"), names);
	}
}
