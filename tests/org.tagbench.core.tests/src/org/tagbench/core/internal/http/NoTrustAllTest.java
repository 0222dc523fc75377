package org.tagbench.core.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.core.profiles.ConnectionProfile;
import org.tagbench.core.profiles.TlsSettings;
import org.tagbench.core.security.CertificateTrustHandler;
import org.tagbench.core.security.Fingerprints;
import org.tagbench.simulator.PlantGenerator;
import org.tagbench.simulator.Simulator;
import org.tagbench.simulator.SimulatorConfig;

/**
 * No trust manager, host name verifier or trust strategy in Tagbench accepts everything: the two that
 * exist refuse what they cannot verify (behaviour first), and a scan of every bundle's sources finds no
 * other one and none of the well-known trust-all helpers.
 */
class NoTrustAllTest {

	/** The only classes allowed to decide trust; each is tested here and in {@code TlsPolicyTest}. */
	private static final Set<String> KNOWN = Set.of(
			"bundles/org.tagbench.core/src/org/tagbench/core/internal/http/TagbenchTrustManager.java",
			"bundles/org.tagbench.core/src/org/tagbench/core/internal/http/AcceptedCertificateHostnameVerifier.java");

	private static final Pattern IMPLEMENTS = Pattern.compile(
			"(implements|extends)\\s+[^{]*\\b(X509TrustManager|X509ExtendedTrustManager|TrustManager|HostnameVerifier|TrustStrategy)\\b"
					+ "|new\\s+(X509TrustManager|X509ExtendedTrustManager|HostnameVerifier|TrustStrategy)\\s*\\(");
	private static final Pattern TRUST_ALL = Pattern.compile("NoopHostnameVerifier|TrustAllStrategy|TrustSelfSignedStrategy"
			+ "|ALLOW_ALL_HOSTNAME_VERIFIER|InsecureTrustManagerFactory"
			+ "|setDefaultHostnameVerifier|setDefaultSSLSocketFactory|loadTrustMaterial");

	@TempDir
	Path state;

	@Test
	void theTrustManagerRefusesWhatItCannotVerify() throws Exception {
		X509Certificate certificate;
		try (Simulator sim = Simulator.start(SimulatorConfig.builder().port(0).stateDir(state)
				.plant(PlantGenerator.generate(1, 1)).build())) {
			certificate = sim.certificate();
		}
		TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
		factory.init((KeyStore) null);
		X509TrustManager jdk = (X509TrustManager) factory.getTrustManagers()[0];
		ConnectionProfile profile = ConnectionProfile.builder().name("any").url("https://localhost:34568/WinCCRestService")
				.tls(TlsSettings.VERIFY).build();
		TrustState trust = new TrustState();
		TagbenchTrustManager manager = new TagbenchTrustManager(jdk, profile, CertificateTrustHandler.REJECT, trust);
		X509Certificate[] chain = { certificate };
		assertThrows(UntrustedCertificateException.class, () -> manager.checkServerTrusted(chain, "EC"));
		assertThrows(CertificateException.class, () -> manager.checkServerTrusted(new X509Certificate[0], "EC"));
		assertThrows(CertificateException.class, () -> manager.checkServerTrusted(null, "EC"));
		assertThrows(CertificateException.class, () -> manager.checkClientTrusted(chain, "EC"));
		assertFalse(trust.isAccepted(Fingerprints.sha256(certificate)), "a refused certificate is not remembered");
		ConnectionProfile pinnedElsewhere = profile.toBuilder().tls(TlsSettings.pinned("ab".repeat(32))).build();
		TagbenchTrustManager pinning = new TagbenchTrustManager(jdk, pinnedElsewhere, CertificateTrustHandler.REJECT, trust);
		assertThrows(UntrustedCertificateException.class, () -> pinning.checkServerTrusted(chain, "EC"));
	}

	@Test
	void noOtherTrustDecisionAndNoTrustAllHelperInAnyBundle() throws IOException {
		Path root = Path.of(System.getProperty("tagbench.repository", "../..")).toAbsolutePath().normalize();
		Path bundles = root.resolve("bundles");
		assertTrue(Files.isDirectory(bundles.resolve("org.tagbench.core/src")), "sources not found under " + root);
		Set<String> deciders = new TreeSet<>();
		List<String> trustAll = new ArrayList<>();
		int scanned = 0;
		try (Stream<Path> files = Files.walk(bundles)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java") && f.toString().contains("/src/")).toList()) {
				scanned++;
				String source = Files.readString(file, StandardCharsets.UTF_8);
				String name = root.relativize(file).toString().replace('\\', '/');
				if (IMPLEMENTS.matcher(source).find()) {
					deciders.add(name);
				}
				Matcher helper = TRUST_ALL.matcher(source);
				while (helper.find()) {
					trustAll.add(name + ": " + helper.group());
				}
			}
		}
		assertTrue(scanned > 100, "scanned " + scanned + " sources");
		assertEquals(new TreeSet<>(KNOWN), deciders,
				"a new trust manager, host name verifier or trust strategy needs a review and behaviour tests");
		assertTrue(trustAll.isEmpty(), trustAll::toString);
		assertFalse(deciders.stream().anyMatch(d -> d.contains("/ui/") || d.contains("/cli/")),
				"the workbench and the command line never decide trust themselves");
	}
}
