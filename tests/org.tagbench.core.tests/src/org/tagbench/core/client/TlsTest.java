package org.tagbench.core.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
import org.tagbench.simulator.Variants;

class TlsTest {

	@TempDir
	Path state;

	@AutoClose
	private final SimulatorFixture sim = new SimulatorFixture(Variants.DEFAULTS);
	private final NullProgressMonitor monitor = new NullProgressMonitor();

	private ConnectionProfile verifying() {
		return sim.profile("reader").tls(TlsSettings.VERIFY).build();
	}

	@Test
	void selfSignedCertificateIsRejectedByDefault() throws Exception {
		try (WinccClient client = sim.client(verifying(), "reader", sim.answering(TrustDecision.REJECT))) {
			WinccException e = assertThrows(WinccException.class, () -> client.values().read("Bulk_01", monitor));
			assertEquals(WinccErrorKind.TLS_UNTRUSTED, e.kind());
			assertEquals(1, sim.asked.size());
			CertificateTrustRequest request = sim.asked.get(0);
			assertEquals(sim.simulator.certificateSha256(), request.sha256());
			assertFalse(request.chainTrusted());
			assertTrue(request.hostnameMatches());
			assertFalse(request.changed());
			assertEquals(1, sim.journal.size(), "rejected TLS is not retried");
		}
	}

	@Test
	void trustOnceConnectsAndAsksOnlyOnce() throws Exception {
		try (WinccClient client = sim.client(verifying(), "reader", sim.answering(TrustDecision.TRUST_ONCE))) {
			assertEquals(ItemStatus.OK, client.values().read("Bulk_01", monitor).status());
			assertEquals(ItemStatus.OK, client.values().read("Bulk_02", monitor).status());
			assertEquals(1, sim.asked.size());
		}
	}

	@Test
	void trustAlwaysPinsTheCertificateInTheProfile() throws Exception {
		ProfileStore store = ProfileStore.forProject(state.resolve("project"));
		ConnectionProfile profile = verifying();
		store.put(profile);
		PinningTrustHandler handler = new PinningTrustHandler(sim.answering(TrustDecision.TRUST_ALWAYS), store,
				e -> { throw new AssertionError(e); });
		try (WinccClient client = sim.client(profile, "reader", handler)) {
			assertEquals(ItemStatus.OK, client.values().read("Bulk_01", monitor).status());
		}
		ConnectionProfile pinned = store.load().find(profile.id()).orElseThrow();
		assertEquals(TlsMode.PIN, pinned.tls().mode());
		assertEquals(sim.simulator.certificateSha256(), pinned.tls().pinnedSha256());
		sim.asked.clear();
		try (WinccClient client = sim.client(pinned, "reader", sim.answering(TrustDecision.REJECT))) {
			assertEquals(ItemStatus.OK, client.values().read("Bulk_01", monitor).status());
			assertTrue(sim.asked.isEmpty());
		}
	}

	@Test
	void changedCertificateIsReportedAsChanged() throws Exception {
		ConnectionProfile pinnedElsewhere = sim.profile("reader").tls(TlsSettings.pinned("0f".repeat(32))).build();
		try (WinccClient client = sim.client(pinnedElsewhere, "reader",
				CertificateTrustHandler.fixed(TrustDecision.TRUST_ONCE, false))) {
			WinccException e = assertThrows(WinccException.class, () -> client.values().read("Bulk_01", monitor));
			assertEquals(WinccErrorKind.TLS_CERTIFICATE_CHANGED, e.kind());
		}
		try (WinccClient client = sim.client(pinnedElsewhere, "reader", sim.answering(TrustDecision.REJECT))) {
			assertThrows(WinccException.class, () -> client.values().read("Bulk_01", monitor));
			assertTrue(sim.asked.get(0).changed());
			assertEquals("0f".repeat(32), sim.asked.get(0).pinnedSha256());
			assertEquals(sim.simulator.certificateSha256(), sim.asked.get(0).sha256());
		}
	}

	@Test
	void customCaVerifiesTheChain() throws Exception {
		Path ca = state.resolve("ca.pem");
		Files.writeString(ca, sim.simulator.certificatePem());
		ConnectionProfile profile = sim.profile("reader").tls(TlsSettings.customCa("ca.pem")).build();
		try (WinccClient client = WinccClient.open(ConnectionSettings.of(profile, "reader").withCaBaseDir(state))) {
			assertEquals(ItemStatus.OK, client.values().read("Bulk_01", monitor).status());
		}
	}

	@Test
	void plainHttpNeedsTheExplicitMode() throws Exception {
		ConnectionProfile plain = sim.profile("reader").url("http://127.0.0.1:1/WinCCRestService").build();
		assertEquals(WinccErrorKind.CONFIGURATION,
				assertThrows(WinccException.class, () -> sim.client(plain, "reader", null)).kind());
		try (WinccClient client = sim.client(plain.toBuilder().tls(TlsSettings.plainHttp()).build(), "reader", null)) {
			assertTrue(client.isPlainHttp());
		}
	}

	@Test
	void refusedConnection() throws Exception {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		ConnectionProfile profile = sim.profile("reader").url("https://127.0.0.1:" + port + "/WinCCRestService")
				.retries(0).build();
		try (WinccClient client = sim.client(profile, "reader", null)) {
			WinccException e = assertThrows(WinccException.class, () -> client.values().read("Bulk_01", monitor));
			assertEquals(WinccErrorKind.CONNECTION_REFUSED, e.kind());
			assertFalse(e.error().solution().isBlank());
		}
	}
}
