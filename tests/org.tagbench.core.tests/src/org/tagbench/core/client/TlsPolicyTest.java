package org.tagbench.core.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.core.diagnostics.JournalEntry;
import org.tagbench.core.errors.WinccErrorKind;
import org.tagbench.core.errors.WinccException;
import org.tagbench.core.model.ItemStatus;
import org.tagbench.core.profiles.ConnectionProfile;
import org.tagbench.core.profiles.ProfileStore;
import org.tagbench.core.profiles.TlsMode;
import org.tagbench.core.profiles.TlsSettings;
import org.tagbench.core.security.CertificateTrustHandler;
import org.tagbench.core.security.CertificateTrustRequest;
import org.tagbench.core.security.PinningTrustHandler;
import org.tagbench.core.security.TrustDecision;
import org.tagbench.simulator.Simulator;
import org.tagbench.simulator.SimulatorConfig;
import org.tagbench.simulator.Variants;

/**
 * Issue 10, point 5: no code path accepts every certificate; a certificate that changed against its pin
 * is refused until the user decides; plain HTTP only where the profile says so. Real simulator, real TLS.
 */
class TlsPolicyTest {

	@TempDir
	Path state;

	@AutoClose
	private final SimulatorFixture sim = new SimulatorFixture(Variants.DEFAULTS);
	private final NullProgressMonitor monitor = new NullProgressMonitor();

	private WinccException readFails(WinccClient client) {
		return assertThrows(WinccException.class, () -> client.values().read("Bulk_01", monitor));
	}

	private void readWorks(WinccClient client) throws WinccException {
		assertEquals(ItemStatus.OK, client.values().read("Bulk_01", monitor).status());
	}

	@Test
	void withoutAHandlerAnUntrustedCertificateIsRefused() throws Exception {
		ConnectionProfile verifying = sim.profile("reader").tls(TlsSettings.VERIFY).retries(0).build();
		try (WinccClient client = WinccClient.open(ConnectionSettings.of(verifying, "reader"))) {
			assertEquals(WinccErrorKind.TLS_UNTRUSTED, readFails(client).kind());
		}
	}

	@Test
	void aRotatedCertificateIsRefusedUntilTheUserDecidesAndTrustOnceDoesNotPersist() throws Exception {
		ProfileStore store = ProfileStore.forProject(state.resolve("project"));
		String oldPin = sim.simulator.certificateSha256();
		ConnectionProfile pinned = sim.profile("reader").retries(0).build();
		store.put(pinned);
		try (WinccClient client = sim.client(pinned, "reader", sim.answering(TrustDecision.REJECT))) {
			readWorks(client);
		}
		assertTrue(sim.asked.isEmpty(), "the pinned certificate needs no question");

		sim.simulator.rotateCertificate();
		String newPin = sim.simulator.certificateSha256();
		assertNotEquals(oldPin, newPin);

		try (WinccClient client = sim.client(stored(store, pinned), "reader",
				new PinningTrustHandler(sim.answering(TrustDecision.REJECT), store, e -> { throw new AssertionError(e); }))) {
			assertEquals(WinccErrorKind.TLS_CERTIFICATE_CHANGED, readFails(client).kind());
		}
		assertEquals(1, sim.asked.size(), "the user is asked");
		CertificateTrustRequest question = sim.asked.get(0);
		assertTrue(question.changed());
		assertEquals(oldPin, question.pinnedSha256());
		assertEquals(newPin, question.sha256());
		assertEquals(oldPin, stored(store, pinned).tls().pinnedSha256(), "a refusal keeps the old pin");

		try (WinccClient client = sim.client(stored(store, pinned), "reader",
				new PinningTrustHandler(sim.answering(TrustDecision.TRUST_ONCE), store, e -> { throw new AssertionError(e); }))) {
			readWorks(client);
			readWorks(client);
		}
		assertEquals(2, sim.asked.size(), "trusted once: asked once for this client");
		assertEquals(oldPin, stored(store, pinned).tls().pinnedSha256(), "trust once is not written to the profile");

		try (WinccClient client = sim.client(stored(store, pinned), "reader", sim.answering(TrustDecision.REJECT))) {
			assertEquals(WinccErrorKind.TLS_CERTIFICATE_CHANGED, readFails(client).kind(),
					"the next client asks again: trust once did not persist");
		}
		assertEquals(3, sim.asked.size());

		try (WinccClient client = sim.client(stored(store, pinned), "reader",
				new PinningTrustHandler(sim.answering(TrustDecision.TRUST_ALWAYS), store, e -> { throw new AssertionError(e); }))) {
			readWorks(client);
		}
		assertEquals(newPin, stored(store, pinned).tls().pinnedSha256(), "trust always pins the new certificate");
		try (WinccClient client = sim.client(stored(store, pinned), "reader", sim.answering(TrustDecision.REJECT))) {
			readWorks(client);
		}
		assertEquals(4, sim.asked.size(), "the new pin needs no question");
	}

	@Test
	void theCommandLineAnswerNeverAcceptsAChangedCertificate() throws Exception {
		ConnectionProfile pinned = sim.profile("reader").retries(0).build();
		sim.simulator.rotateCertificate();
		try (WinccClient client = sim.client(pinned, "reader", CertificateTrustHandler.fixed(TrustDecision.TRUST_ALWAYS, false))) {
			assertEquals(WinccErrorKind.TLS_CERTIFICATE_CHANGED, readFails(client).kind());
		}
	}

	@Test
	void aHostNameMismatchIsRefusedEvenWhenTheChainVerifies() throws Exception {
		Path ca = state.resolve("ca.pem");
		try (Simulator other = Simulator.start(SimulatorConfig.builder().port(0).bindAddress("127.0.0.2")
				.stateDir(state.resolve("other")).plant(SimulatorFixture.constantPlant()).build())) {
			Files.writeString(ca, other.certificatePem());
			String url = "https://127.0.0.2:" + other.port() + "/WinCCRestService";
			ConnectionProfile profile = sim.profile("reader").url(url).tls(TlsSettings.customCa(ca.toString()))
					.retries(0).build();
			try (WinccClient client = sim.client(profile, "reader", sim.answering(TrustDecision.REJECT))) {
				assertEquals(WinccErrorKind.TLS_HOSTNAME, readFails(client).kind());
			}
			assertEquals(1, sim.asked.size());
			assertTrue(sim.asked.get(0).chainTrusted());
			assertFalse(sim.asked.get(0).hostnameMatches(), "the certificate names localhost and 127.0.0.1 only");
			try (WinccClient client = sim.client(profile, "reader", sim.answering(TrustDecision.TRUST_ONCE))) {
				readWorks(client);
			}
			assertEquals(2, sim.asked.size(), "accepted only because the user was asked and said so");
		}
	}

	@Test
	void anHttpsProfileNeverFallsBackToPlainHttp() throws Exception {
		try (Simulator plain = Simulator.start(SimulatorConfig.builder().port(0).https(false)
				.stateDir(state.resolve("plain")).plant(SimulatorFixture.constantPlant()).build())) {
			String https = plain.baseUri().toString().replace("http://", "https://");
			ConnectionProfile profile = sim.profile("reader").url(https).tls(TlsSettings.VERIFY).retries(0)
					.connectTimeoutMs(1_000).responseTimeoutMs(1_000).build();
			try (WinccClient client = sim.client(profile, "reader", sim.answering(TrustDecision.TRUST_ONCE))) {
				WinccErrorKind kind = readFails(client).kind();
				assertTrue(EnumSet.of(WinccErrorKind.TLS_HANDSHAKE, WinccErrorKind.CONNECT_TIMEOUT,
						WinccErrorKind.RESPONSE_TIMEOUT, WinccErrorKind.CONNECTION_LOST).contains(kind),
						"the handshake fails (here " + kind + "); no answer over http instead");
			}
			assertTrue(sim.asked.isEmpty(), "nothing to trust: no certificate came");
			for (JournalEntry entry : sim.journal.entries()) {
				assertTrue(entry.url().startsWith("https://"), entry.url());
			}
		}
	}

	@Test
	void aRedirectIsRefusedAndNeverFollowedToPlainHttp() throws Exception {
		try (WinccClient client = sim.client("reader")) {
			for (int status : new int[] { 301, 302, 303, 307, 308 }) {
				sim.simulator.faults().clear().status("/tagManagement", status, 1.0);
				int before = sim.journal.entries().size();
				WinccException e = readFails(client);
				assertEquals(WinccErrorKind.HTTP_STATUS, e.kind());
				assertEquals(status, e.error().status());
				assertTrue(e.error().detail().contains("http://"), e.error().detail());
				assertEquals(before + 1, sim.journal.entries().size(), "one request, not followed, not retried");
			}
			sim.simulator.faults().clear();
			readWorks(client);
		}
		for (JournalEntry entry : sim.journal.entries()) {
			assertTrue(entry.url().startsWith("https://"), entry.url());
		}
	}

	@Test
	void plainHttpOnlyWhenTheProfileSaysSo() throws Exception {
		String https = sim.simulator.baseUri().toString();
		String http = https.replace("https://", "http://");
		ConnectionProfile httpsButPlain = sim.profile("reader").url(https).tls(TlsSettings.plainHttp()).build();
		assertEquals(WinccErrorKind.CONFIGURATION,
				assertThrows(WinccException.class, () -> sim.client(httpsButPlain, "reader", null)).kind());
		for (TlsSettings tls : new TlsSettings[] { TlsSettings.VERIFY, TlsSettings.pinned(sim.simulator.certificateSha256()),
				TlsSettings.customCa("ca.pem") }) {
			ConnectionProfile httpUrl = sim.profile("reader").url(http).tls(tls).build();
			assertEquals(WinccErrorKind.CONFIGURATION,
					assertThrows(WinccException.class, () -> sim.client(httpUrl, "reader", null)).kind(), tls.toString());
		}
		ConnectionProfile plain = sim.profile("reader").url(http).tls(TlsSettings.plainHttp()).build();
		try (WinccClient client = sim.client(plain, "reader", null)) {
			assertTrue(client.isPlainHttp());
		}
		assertEquals(TlsMode.PLAIN_HTTP, plain.tls().mode());
	}

	private static ConnectionProfile stored(ProfileStore store, ConnectionProfile profile) throws Exception {
		return store.load().find(profile.id()).orElseThrow();
	}
}
