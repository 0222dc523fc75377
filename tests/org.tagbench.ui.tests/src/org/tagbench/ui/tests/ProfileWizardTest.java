package org.tagbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.osgi.util.NLS;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.core.profiles.ConnectionProfile;
import org.tagbench.core.profiles.ProfileFileException;
import org.tagbench.core.profiles.ProfileSnapshot;
import org.tagbench.core.profiles.ProfileStore;
import org.tagbench.core.profiles.TlsMode;
import org.tagbench.core.security.CredentialStore;
import org.tagbench.tests.support.ModalDialogs;
import org.tagbench.ui.internal.Messages;
import org.tagbench.ui.internal.connections.ConnectionManager;
import org.tagbench.ui.internal.connections.ProfileFile;
import org.tagbench.ui.internal.dialogs.GeneralSection;
import org.tagbench.ui.internal.dialogs.LimitsSection;
import org.tagbench.ui.internal.dialogs.TlsSection;
import org.tagbench.ui.internal.nodes.ProfileNode;

/** The new-profile wizard and the edit dialog: validation as you type, the password in Secure Storage. */
class ProfileWizardTest {

	private static final Duration DIALOG = Duration.ofSeconds(30);
	private static final String NEW = "org.tagbench.ui.commands.newProfile";
	private static final String EDIT = "org.tagbench.ui.commands.editProfile";

	@TempDir
	static Path secureDir;
	private static CredentialStore credentials;

	@BeforeAll
	static void useTestStorage() throws Exception {
		credentials = TestCredentials.install(secureDir);
	}

	@AfterEach
	void cleanUp() throws Exception {
		Profiles.cleanUp();
	}

	@Test
	void wizardChecksAsYouTypeAndKeepsThePasswordInSecureStorage() throws Exception {
		ProfileFile project = Profiles.project("Plant");
		Profiles.add(project, ConnectionProfile.builder().name("Existing").url("https://other:34568/WinCCRestService").build());
		ConnectionsViewPage view = ConnectionsViewPage.open(WorkbenchFixture.open());
		view.select(new ProfileNode(project, ConnectionManager.getDefault().profiles(project).get(0).profile()));

		ModalDialogs.Handled handled = ModalDialogs.whenShellOpens(s -> s.getText().equals(Messages.NewProfileWizard_title),
				DIALOG, shell -> {
					DialogPage wizard = new DialogPage(shell);
					assertTrue(wizard.shows(Messages.GeneralSection_nameMissing), wizard.texts());
					assertFalse(wizard.button(IDialogConstants.FINISH_LABEL).isEnabled());

					wizard.type(GeneralSection.NAME_ID, "Line 1");
					wizard.type(GeneralSection.URL_ID, "ftp://wincc01/x");
					assertTrue(wizard.shows(NLS.bind(Messages.GeneralSection_urlScheme, "ftp://wincc01/x")), wizard.texts());
					wizard.type(GeneralSection.URL_ID, "https://wincc01:99999/WinCCRestService");
					assertTrue(wizard.shows(NLS.bind(Messages.GeneralSection_portInvalid, "99999")), wizard.texts());
					wizard.type(GeneralSection.URL_ID, "https://wincc01:34568/WinCCRestService");
					wizard.type(GeneralSection.USER_ID, "tagbench");
					wizard.type(GeneralSection.PASSWORD_ID, "s3cret!");
					assertFalse(wizard.shows(Messages.GeneralSection_nameMissing), wizard.texts());
					wizard.screenshot("wizard-general");

					wizard.click(IDialogConstants.NEXT_LABEL);
					wizard.type(LimitsSection.BATCH_SIZE_ID, "0");
					assertTrue(wizard.shows(NLS.bind(Messages.LimitsSection_outOfRange,
							new Object[] { Messages.LimitsSection_batchSize, "1", "10000" })), wizard.texts());
					assertFalse(wizard.button(IDialogConstants.NEXT_LABEL).isEnabled());
					wizard.type(LimitsSection.BATCH_SIZE_ID, "120");
					wizard.type(LimitsSection.CONNECT_TIMEOUT_ID, "ten");
					assertTrue(wizard.shows(NLS.bind(Messages.LimitsSection_outOfRange,
							new Object[] { Messages.LimitsSection_connectTimeout, "100", "600000" })), wizard.texts());
					wizard.type(LimitsSection.CONNECT_TIMEOUT_ID, "5000");
					wizard.screenshot("wizard-limits");

					wizard.click(IDialogConstants.NEXT_LABEL);
					wizard.click(Messages.TlsSection_pin);
					assertTrue(wizard.shows(Messages.TlsSection_fingerprintInvalid), wizard.texts());
					wizard.click(Messages.TlsSection_plainHttp);
					assertTrue(wizard.byId(TlsSection.INSECURE_WARNING_ID).isVisible(), "the insecure warning shows");
					assertTrue(wizard.shows(Messages.ProfileForm_plainHttpNeedsHttpUrl), wizard.texts());
					wizard.screenshot("wizard-tls-insecure");
					wizard.click(Messages.TlsSection_pin);
					wizard.type(TlsSection.PIN_ID, "AB:".repeat(31) + "AB");
					assertFalse(wizard.byId(TlsSection.INSECURE_WARNING_ID).isVisible());
					wizard.click(IDialogConstants.FINISH_LABEL);
				});
		view.run(NEW);
		handled.assertHandled();

		view.item("Line 1");
		ConnectionProfile created = ConnectionManager.getDefault().profiles(project).stream()
				.filter(n -> n.profile().name().equals("Line 1")).findFirst().orElseThrow().profile();
		assertEquals("https://wincc01:34568/WinCCRestService", created.url());
		assertEquals(120, created.batchSize());
		assertEquals(5000, created.connectTimeoutMs());
		assertEquals(TlsMode.PIN, created.tls().mode());
		assertEquals("ab".repeat(32), created.tls().pinnedSha256());
		assertEquals(Optional.of("s3cret!"), credentials.getPassword(created.id()));
		String file = Files.readString(project.path());
		assertFalse(file.contains("s3cret!"), "the profile file never holds the password: " + file);
	}

	@Test
	void passwordIsNotSavedWhenAskedNotTo() throws Exception {
		ConnectionsViewPage view = ConnectionsViewPage.open(WorkbenchFixture.open());
		ModalDialogs.Handled handled = ModalDialogs.whenShellOpens(s -> s.getText().equals(Messages.NewProfileWizard_title),
				DIALOG, shell -> new DialogPage(shell).type(GeneralSection.NAME_ID, "Unsaved")
						.type(GeneralSection.URL_ID, "https://wincc02:34568/WinCCRestService")
						.type(GeneralSection.USER_ID, "tagbench").type(GeneralSection.PASSWORD_ID, "typed-only")
						.check(GeneralSection.SAVE_PASSWORD_ID, false).click(IDialogConstants.FINISH_LABEL));
		view.run(NEW);
		handled.assertHandled();

		ProfileNode node = ConnectionManager.getDefault().allProfiles().stream()
				.filter(n -> n.profile().name().equals("Unsaved")).findFirst().orElseThrow();
		assertTrue(node.file().isWorkspace(), "without a project selected the profile goes to the workspace");
		assertEquals(Optional.empty(), credentials.getPassword(node.profile().id()));
	}

	@Test
	void editDialogChecksAsYouTypeAndSaves() throws Exception {
		ProfileFile project = Profiles.project("Edit");
		ProfileNode node = Profiles.add(project,
				ConnectionProfile.builder().name("Before").url("https://wincc03:34568/WinCCRestService").user("u").build());
		credentials.putPassword(node.profile().id(), "old");
		ConnectionsViewPage view = ConnectionsViewPage.open(WorkbenchFixture.open());
		view.item("Before");
		view.select(node);

		ModalDialogs.Handled handled = ModalDialogs.whenShellOpens(s -> s.getText().equals(Messages.EditProfileDialog_title),
				DIALOG, shell -> {
					DialogPage dialog = new DialogPage(shell);
					assertEquals("old", dialog.text(GeneralSection.PASSWORD_ID), "the stored password is filled in");
					dialog.type(GeneralSection.NAME_ID, "After");
					dialog.type(LimitsSection.RESPONSE_TIMEOUT_ID, "5");
					assertTrue(dialog.shows(NLS.bind(Messages.LimitsSection_outOfRange,
							new Object[] { Messages.LimitsSection_responseTimeout, "100", "3600000" })), dialog.texts());
					assertFalse(dialog.button(IDialogConstants.OK_LABEL).isEnabled());
					dialog.type(LimitsSection.RESPONSE_TIMEOUT_ID, "30000");
					dialog.type(GeneralSection.PASSWORD_ID, "new");
					dialog.check(GeneralSection.READ_ONLY_ID, true);
					dialog.screenshot("edit-dialog");
					dialog.click(IDialogConstants.OK_LABEL);
				});
		view.run(EDIT);
		handled.assertHandled();

		view.item("After");
		ConnectionProfile saved = ConnectionManager.getDefault().find(project, node.profile().id()).orElseThrow().profile();
		assertEquals(30000, saved.responseTimeoutMs());
		assertTrue(saved.readOnly());
		assertEquals(Optional.of("new"), credentials.getPassword(node.profile().id()));
	}

	/** The command line (another store) changes the file while the edit dialog is open. */
	@Test
	void editIsRefusedWhenTheProfileChangedElsewhereAndMergedWhenAnotherDid() throws Exception {
		ProfileFile project = Profiles.project("Two writers");
		ProfileNode shared = Profiles.add(project,
				ConnectionProfile.builder().name("Shared").url("https://wincc04:34568/WinCCRestService").user("u").build());
		ProfileNode other = Profiles.add(project,
				ConnectionProfile.builder().name("Other").url("https://wincc05:34568/WinCCRestService").user("u").build());
		ProfileStore commandLine = new ProfileStore(project.path());
		ConnectionsViewPage view = ConnectionsViewPage.open(WorkbenchFixture.open());
		view.item("Shared");
		view.select(shared);

		ModalDialogs.Handled refused = ModalDialogs.whenShellOpens(s -> s.getText().equals(Messages.EditProfileDialog_title),
				DIALOG, shell -> {
					DialogPage dialog = new DialogPage(shell);
					putOnDisk(commandLine, shared.profile().toBuilder().user("from-cli").build());
					dialog.type(GeneralSection.USER_ID, "from-workbench");
					ModalDialogs.Handled conflict = ModalDialogs.whenShellOpens(
							s -> s.getText().equals(Messages.ProfileSaving_conflictTitle), DIALOG, error -> {
								String texts = new DialogPage(error).texts();
								assertTrue(texts.contains("\"Shared\""), texts);
								assertTrue(texts.contains(commandLine.file().toString()), texts);
							});
					dialog.click(IDialogConstants.OK_LABEL);
					conflict.assertHandled();
					assertFalse(shell.isDisposed(), "the dialog stays open with what was typed");
					assertEquals("from-workbench", dialog.text(GeneralSection.USER_ID));
				});
		boolean automated = ErrorDialog.AUTOMATED_MODE;
		ErrorDialog.AUTOMATED_MODE = false; // the test harness logs error dialogs instead of showing them
		try {
			view.run(EDIT);
		} finally {
			ErrorDialog.AUTOMATED_MODE = automated;
		}
		refused.assertHandled();
		assertEquals("from-cli", commandLine.load().find(shared.profile().id()).orElseThrow().user(), "nothing overwritten");

		view.select(shared);
		ModalDialogs.Handled merged = ModalDialogs.whenShellOpens(s -> s.getText().equals(Messages.EditProfileDialog_title),
				DIALOG, shell -> {
					DialogPage dialog = new DialogPage(shell);
					assertEquals("from-cli", dialog.text(GeneralSection.USER_ID), "the edit starts from the file as it is now");
					putOnDisk(commandLine, other.profile().toBuilder().user("other-from-cli").build());
					dialog.type(GeneralSection.USER_ID, "from-workbench");
					ModalDialogs.Handled told = ModalDialogs.whenShellOpens(
							s -> s.getText().equals(Messages.ProfileSaving_mergedTitle), DIALOG,
							info -> assertTrue(new DialogPage(info).texts().contains("Other"), new DialogPage(info).texts()));
					dialog.click(IDialogConstants.OK_LABEL);
					told.assertHandled();
				});
		view.run(EDIT);
		merged.assertHandled();
		ProfileSnapshot now = commandLine.load();
		assertEquals("from-workbench", now.find(shared.profile().id()).orElseThrow().user());
		assertEquals("other-from-cli", now.find(other.profile().id()).orElseThrow().user(), "the other change was kept");
	}

	private static void putOnDisk(ProfileStore store, ConnectionProfile profile) {
		try {
			store.put(profile);
		} catch (ProfileFileException e) {
			throw new AssertionError(e);
		}
	}
}
