package org.tagbench.core.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Collection;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

import org.eclipse.osgi.util.NLS;
import org.tagbench.core.errors.ErrorCatalog;
import org.tagbench.core.errors.WinccErrorKind;
import org.tagbench.core.errors.WinccException;
import org.tagbench.core.internal.Messages;
import org.tagbench.core.profiles.ConnectionProfile;
import org.tagbench.core.profiles.TlsMode;
import org.tagbench.core.security.CertificateTrustHandler;

/** Builds the SSL context of a profile: JDK trust store or custom CA, wrapped by {@link TagbenchTrustManager}. */
final class TlsContexts {

	private TlsContexts() {
	}

	static SSLContext create(ConnectionProfile profile, Path caBaseDir, CertificateTrustHandler handler,
			TrustState state) throws WinccException {
		try {
			KeyStore anchors = profile.tls().mode() == TlsMode.CUSTOM_CA
					? loadCaFile(resolve(profile.tls().caFile(), caBaseDir))
					: null;
			TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
			factory.init(anchors);
			X509TrustManager chainVerifier = x509(factory.getTrustManagers());
			SSLContext context = SSLContext.getInstance("TLS");
			context.init(null, new TrustManager[] { new TagbenchTrustManager(chainVerifier, profile, handler, state) },
					null);
			return context;
		} catch (GeneralSecurityException | IOException e) {
			throw new WinccException(ErrorCatalog.forKind(WinccErrorKind.CONFIGURATION,
					NLS.bind(Messages.TlsContexts_caFileUnusable, profile.tls().caFile(), e.getMessage())), e);
		}
	}

	private static Path resolve(String caFile, Path baseDir) {
		Path path = Path.of(caFile);
		return path.isAbsolute() || baseDir == null ? path : baseDir.resolve(path);
	}

	private static KeyStore loadCaFile(Path file) throws GeneralSecurityException, IOException {
		KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
		store.load(null, null);
		try (InputStream in = Files.newInputStream(file)) {
			Collection<? extends Certificate> certificates = CertificateFactory.getInstance("X.509")
					.generateCertificates(in);
			if (certificates.isEmpty()) {
				throw new IOException("no certificate in " + file);
			}
			int index = 0;
			for (Certificate certificate : certificates) {
				store.setCertificateEntry("ca-" + index++, certificate);
			}
		}
		return store;
	}

	private static X509TrustManager x509(TrustManager[] managers) throws GeneralSecurityException {
		for (TrustManager manager : managers) {
			if (manager instanceof X509TrustManager x509) {
				return x509;
			}
		}
		throw new GeneralSecurityException("no X.509 trust manager available");
	}
}
