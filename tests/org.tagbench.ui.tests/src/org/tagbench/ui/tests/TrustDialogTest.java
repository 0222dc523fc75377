package org.tagbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tagbench.core.errors.ErrorCatalog;
import org.tagbench.core.errors.WinccErrorKind;
import org.tagbench.core.profiles.ConnectionProfile;
import org.tagbench.core.profiles.TlsMode;
import org.tagbench.core.profiles.TlsSettings;
import org.tagbench.core.security.Fingerprints;
import org.tagbench.tests.support.Jobs;
import org.tagbench.tests.support.ModalDialogs;
import org.tagbench.ui.internal.Messages;
import org.tagbench.ui.internal.connections.ConnectionManager;
import org.tagbench.ui.internal.connections.ConnectionState;
import org.tagbench.ui.internal.connections.ProfileFile;
import org.tagbench.ui.internal.dialogs.CertificateTrustDialog;
import org.tagbench.ui.internal.jobs.TagbenchJobs;
import org.tagbench.ui.internal.nodes.ProfileNode;

/** The certificate trust dialog: trust once, trust always (pinned), a changed certificate. */
class TrustDialogTest {

	private static final Duration DIALOG = Duration.ofSeconds(30);
	private static final String CONNECT = "org.tagbench.ui.commands.connect";
	private static final String TEST = "org.tagbench.ui.commands.testConnection";

	@RegisterExtension
	static final SimulatorSession session = SimulatorSession.demo();

	private static ProfileNode profile(String name, TlsSettings tls) throws Exception {
		ProfileFile project = Profiles.project("Trust");
		ConnectionProfile profile = Profiles.forSimulator(session.simulator(), name, "reader").toBuilder().tls(tls).build();
		session.credentials().putPassword(profile.id(), "reader");
		return Profiles.add(project, profile);
	}

	private static ModalDialogs.Handled whenTrustDialog(String title, java.util.function.Consumer<DialogPage> action) {
		return ModalDialogs.whenShellOpens(s -> s.getText().equals(title), DIALOG, shell -> action.accept(new DialogPage(shell)));
	}

	@Test
	void trustOnceConnectsWithoutPinning() throws Exception {
		ProfileNode node = profile("Once", TlsSettings.VERIFY);
		ConnectionsViewPage view = ConnectionsViewPage.open(WorkbenchFixture.open());
		view.item("Once");
		view.select(node);

		ModalDialogs.Handled handled = whenTrustDialog(Messages.CertificateTrustDialog_title, dialog -> {
			assertEquals(Fingerprints.display(session.simulator().certificateSha256()), dialog.text(CertificateTrustDialog.FINGERPRINT_ID));
			assertTrue(dialog.shows("Subject:"), dialog.texts());
			dialog.screenshot("trust-dialog");
			dialog.click(Messages.CertificateTrustDialog_trustOnce);
		});
		view.run(CONNECT);
		Jobs.join(TagbenchJobs.FAMILY, Profiles.JOBS);
		handled.assertHandled();

		view.awaitState(node, ConnectionState.CONNECTED);
		ConnectionProfile saved = ConnectionManager.getDefault().find(node.file(), node.profile().id()).orElseThrow().profile();
		assertEquals(TlsMode.VERIFY, saved.tls().mode(), "trust once does not pin");
	}

	@Test
	void trustAlwaysPinsTheCertificateInTheProfile() throws Exception {
		ProfileNode node = profile("Always", TlsSettings.VERIFY);
		ConnectionsViewPage view = ConnectionsViewPage.open(WorkbenchFixture.open());
		view.item("Always");
		view.select(node);

		ModalDialogs.Handled handled = whenTrustDialog(Messages.CertificateTrustDialog_title,
				dialog -> dialog.click(Messages.CertificateTrustDialog_trustAlways));
		view.run(CONNECT);
		Jobs.join(TagbenchJobs.FAMILY, Profiles.JOBS);
		handled.assertHandled();

		view.awaitState(node, ConnectionState.CONNECTED);
		ConnectionProfile saved = ConnectionManager.getDefault().find(node.file(), node.profile().id()).orElseThrow().profile();
		assertEquals(TlsSettings.pinned(session.simulator().certificateSha256()), saved.tls());
	}

	@Test
	void changedCertificateIsNeverAcceptedSilently() throws Exception {
		String oldPin = "0f".repeat(32);
		ProfileNode node = profile("Changed", TlsSettings.pinned(oldPin));
		ConnectionsViewPage view = ConnectionsViewPage.open(WorkbenchFixture.open());
		view.item("Changed");
		view.select(node);

		ModalDialogs.Handled trust = whenTrustDialog(Messages.CertificateTrustDialog_changedTitle, dialog -> {
			assertTrue(dialog.shows(Fingerprints.display(oldPin)), "the pinned fingerprint is shown: " + dialog.texts());
			assertTrue(dialog.byId(CertificateTrustDialog.WARNING_ID).isVisible());
			assertFalse(dialog.button(Messages.CertificateTrustDialog_trustOnce).isEnabled(), "trust needs a confirmation");
			assertFalse(dialog.button(Messages.CertificateTrustDialog_trustAlways).isEnabled());
			dialog.screenshot("trust-dialog-changed");
			dialog.check(CertificateTrustDialog.CONFIRM_ID, true);
			assertTrue(dialog.button(Messages.CertificateTrustDialog_trustOnce).isEnabled());
			dialog.click(IDialogConstants.CANCEL_LABEL);
		});
		StringBuilder result = new StringBuilder();
		ModalDialogs.Handled answer = ModalDialogs.whenShellOpens(s -> s.getText().equals(Messages.TestResultDialog_failureTitle),
				DIALOG, shell -> result.append(new DialogPage(shell).texts()));
		view.run(TEST);
		Jobs.join(TagbenchJobs.FAMILY, Profiles.JOBS);
		trust.assertHandled();
		answer.assertHandled();

		assertTrue(result.toString().contains(ErrorCatalog.forKind(WinccErrorKind.TLS_CERTIFICATE_CHANGED, "").meaning()),
				result.toString());
		ConnectionProfile saved = ConnectionManager.getDefault().find(node.file(), node.profile().id()).orElseThrow().profile();
		assertEquals(oldPin, saved.tls().pinnedSha256(), "a rejected certificate leaves the pin alone");
	}
}
