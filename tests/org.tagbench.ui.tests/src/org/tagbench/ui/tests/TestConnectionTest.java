package org.tagbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tagbench.core.errors.ErrorCatalog;
import org.tagbench.core.errors.WinccError;
import org.tagbench.core.errors.WinccErrorKind;
import org.tagbench.core.profiles.ConnectionProfile;
import org.tagbench.core.profiles.TlsSettings;
import org.tagbench.simulator.Simulator;
import org.tagbench.tests.support.Jobs;
import org.tagbench.tests.support.ModalDialogs;
import org.tagbench.ui.internal.Messages;
import org.tagbench.ui.internal.connections.ProfileFile;
import org.tagbench.ui.internal.jobs.TagbenchJobs;
import org.tagbench.ui.internal.nodes.ProfileNode;

/** "Test Connection": the round trip and the server's answer, or the meaning and solution of each failure. */
class TestConnectionTest {

	private static final Duration DIALOG = Duration.ofSeconds(30);
	private static final String TEST = "org.tagbench.ui.commands.testConnection";

	@RegisterExtension
	static final SimulatorSession session = SimulatorSession.demo();

	/** One way a test can fail: how to set it up and the error it must explain. */
	enum Failure {
		WRONG_PASSWORD(p -> p, "wrong", s -> { }, ErrorCatalog.forStatus(401, "")),
		NOT_AUTHORIZED(p -> p.toBuilder().user("guest").build(), "guest", s -> { }, ErrorCatalog.forStatus(403, "")),
		NOT_FOUND(p -> p, "reader", s -> s.faults().status(404, 1.0), ErrorCatalog.forStatus(404, "")),
		SERVICE_STOPPED(p -> p, "reader", Simulator::stopRuntime, ErrorCatalog.forStatus(503, "")),
		REFUSED(p -> p.toBuilder().url("https://127.0.0.1:" + closedPort() + "/WinCCRestService").build(), "reader",
				s -> { }, ErrorCatalog.forKind(WinccErrorKind.CONNECTION_REFUSED, "")),
		TIMEOUT(p -> p.toBuilder().responseTimeoutMs(300).build(), "reader", s -> s.faults().latency(Duration.ofSeconds(2)),
				ErrorCatalog.forKind(WinccErrorKind.RESPONSE_TIMEOUT, ""));

		final java.util.function.UnaryOperator<ConnectionProfile> profile;
		final String password;
		final Consumer<Simulator> fault;
		final WinccError expected;

		Failure(java.util.function.UnaryOperator<ConnectionProfile> profile, String password, Consumer<Simulator> fault,
				WinccError expected) {
			this.profile = profile;
			this.password = password;
			this.fault = fault;
			this.expected = expected;
		}

		private static int closedPort() {
			try {
				return SimulatorFixture.closedPort();
			} catch (java.io.IOException e) {
				throw new IllegalStateException(e);
			}
		}
	}

	private static ProfileNode profile(String name, ConnectionProfile profile, String password) throws Exception {
		ProfileFile project = Profiles.project("Tests");
		session.credentials().putPassword(profile.id(), password);
		return Profiles.add(project, profile.toBuilder().name(name).build());
	}

	private static String runTest(ProfileNode node, String title, String screenshot) throws Exception {
		ConnectionsViewPage view = ConnectionsViewPage.open(WorkbenchFixture.open());
		view.item(node.profile().name());
		view.select(node);
		StringBuilder texts = new StringBuilder();
		ModalDialogs.Handled handled = ModalDialogs.whenShellOpens(s -> s.getText().equals(title), DIALOG, shell -> {
			DialogPage dialog = new DialogPage(shell);
			texts.append(dialog.texts());
			if (screenshot != null) {
				dialog.screenshot(screenshot);
			}
		});
		view.run(TEST);
		Jobs.join(TagbenchJobs.FAMILY, Profiles.JOBS);
		handled.assertHandled();
		return texts.toString();
	}

	@Test
	void successShowsRoundTripAndAnswer() throws Exception {
		ProfileNode node = profile("Works", Profiles.forSimulator(session.simulator(), "Works", "reader"), "reader");
		String texts = runTest(node, Messages.TestResultDialog_successTitle, "test-connection-success");
		assertTrue(texts.contains("Round trip: "), texts);
		assertTrue(texts.contains("ms"), texts);
		assertTrue(texts.contains("tag connections"), texts);
	}

	@ParameterizedTest
	@EnumSource(Failure.class)
	void failureShowsMeaningAndSolution(Failure failure) throws Exception {
		ConnectionProfile base = Profiles.forSimulator(session.simulator(), failure.name(), "reader");
		ProfileNode node = profile(failure.name(), failure.profile.apply(base), failure.password);
		failure.fault.accept(session.simulator());
		String texts = runTest(node, Messages.TestResultDialog_failureTitle,
				failure == Failure.WRONG_PASSWORD ? "test-connection-failure" : null);
		assertTrue(texts.contains(failure.expected.meaning()), failure + ": " + texts);
		assertTrue(texts.contains(failure.expected.solution()), failure + ": " + texts);
	}

	@Test
	void untrustedCertificateRejectedInTheDialogIsExplained() throws Exception {
		ConnectionProfile unpinned = Profiles.forSimulator(session.simulator(), "Untrusted", "reader").toBuilder().tls(TlsSettings.VERIFY).build();
		ProfileNode node = profile("Untrusted", unpinned, "reader");
		ModalDialogs.Handled trust = ModalDialogs.whenShellOpens(
				s -> s.getText().equals(Messages.CertificateTrustDialog_title), DIALOG,
				shell -> new DialogPage(shell).click(org.eclipse.jface.dialogs.IDialogConstants.CANCEL_LABEL));
		String texts = runTest(node, Messages.TestResultDialog_failureTitle, null);
		trust.assertHandled();
		assertTrue(texts.contains(ErrorCatalog.forKind(WinccErrorKind.TLS_UNTRUSTED, "").meaning()), texts);
	}
}
