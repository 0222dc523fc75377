package org.tagbench.core.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.core.profiles.ConnectionProfile;
import org.tagbench.core.profiles.TlsSettings;
import org.tagbench.core.security.CertificateTrustRequest;
import org.tagbench.core.security.Fingerprints;
import org.tagbench.core.security.TrustDecision;
import org.tagbench.simulator.Simulator;
import org.tagbench.simulator.SimulatorConfig;
import org.tagbench.simulator.PlantGenerator;

class TagbenchTrustManagerTest {

	@TempDir
	Path state;

	@Test
	void hostNameMismatchIsAskedEvenForAValidChain() throws Exception {
		X509Certificate certificate;
		try (Simulator sim = Simulator.start(SimulatorConfig.builder().port(0).stateDir(state)
				.plant(PlantGenerator.generate(1, 1)).build())) {
			certificate = sim.certificate();
		}
		KeyStore anchors = KeyStore.getInstance(KeyStore.getDefaultType());
		anchors.load(null, null);
		anchors.setCertificateEntry("ca", certificate);
		TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
		factory.init(anchors);
		X509TrustManager chain = (X509TrustManager) factory.getTrustManagers()[0];
		ConnectionProfile profile = ConnectionProfile.builder().name("other")
				.url("https://wincc.other.example:34568/WinCCRestService").tls(TlsSettings.customCa("ca.pem")).build();
		List<CertificateTrustRequest> asked = new ArrayList<>();
		TrustState trust = new TrustState();
		TagbenchTrustManager manager = new TagbenchTrustManager(chain, profile, request -> {
			asked.add(request);
			return asked.size() == 1 ? TrustDecision.REJECT : TrustDecision.TRUST_ONCE;
		}, trust);
		X509Certificate[] presented = { certificate };
		assertThrows(UntrustedCertificateException.class, () -> manager.checkServerTrusted(presented, "RSA"));
		assertTrue(asked.get(0).chainTrusted());
		assertFalse(asked.get(0).hostnameMatches());
		assertEquals("wincc.other.example", asked.get(0).host());
		manager.checkServerTrusted(presented, "RSA");
		assertTrue(trust.isAccepted(Fingerprints.sha256(certificate)), "accepted despite host name, for this certificate only");
		assertEquals(2, asked.size());
	}
}
