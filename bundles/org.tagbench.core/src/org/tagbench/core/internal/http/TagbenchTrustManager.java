package org.tagbench.core.internal.http;

import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.List;

import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLException;
import javax.net.ssl.X509ExtendedTrustManager;
import javax.net.ssl.X509TrustManager;

import org.apache.hc.client5.http.ssl.DefaultHostnameVerifier;
import org.tagbench.core.profiles.ConnectionProfile;
import org.tagbench.core.profiles.TlsMode;
import org.tagbench.core.security.CertificateTrustHandler;
import org.tagbench.core.security.CertificateTrustRequest;
import org.tagbench.core.security.Fingerprints;
import org.tagbench.core.security.TrustDecision;

/**
 * Accepts a server certificate when (a) its chain verifies against the JDK trust store or the profile's
 * CA and it names the host, or (b) it is the certificate pinned in the profile, or (c) it was accepted
 * explicitly earlier by this client. Otherwise asks the {@link CertificateTrustHandler}; a certificate
 * that differs from the pin is always put to the handler as changed, never accepted silently.
 */
final class TagbenchTrustManager extends X509ExtendedTrustManager {

	private final X509TrustManager chainVerifier;
	private final ConnectionProfile profile;
	private final CertificateTrustHandler handler;
	private final TrustState state;
	private final DefaultHostnameVerifier hostnames = new DefaultHostnameVerifier();

	TagbenchTrustManager(X509TrustManager chainVerifier, ConnectionProfile profile, CertificateTrustHandler handler,
			TrustState state) {
		this.chainVerifier = chainVerifier;
		this.profile = profile;
		this.handler = handler;
		this.state = state;
	}

	@Override
	public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
		check(chain, authType);
	}

	@Override
	public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
		check(chain, authType);
	}

	@Override
	public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
		check(chain, authType);
	}

	private void check(X509Certificate[] chain, String authType) throws CertificateException {
		if (chain == null || chain.length == 0) {
			throw new CertificateException("server presented no certificate");
		}
		String sha256 = Fingerprints.sha256(chain[0]);
		String pin = profile.tls().mode() == TlsMode.PIN ? profile.tls().pinnedSha256() : null;
		if (sha256.equals(pin) || state.isAccepted(sha256)) {
			state.accept(sha256);
			return;
		}
		String host = profile.baseUri().getHost();
		boolean hostMatches = hostMatches(host, chain[0]);
		String reason = "";
		boolean chainTrusted = false;
		if (pin == null) {
			try {
				chainVerifier.checkServerTrusted(chain, authType);
				chainTrusted = true;
				reason = hostMatches ? "" : "certificate is issued for another host name than " + host;
			} catch (CertificateException e) {
				reason = String.valueOf(e.getMessage());
			}
		} else {
			reason = "certificate differs from the pinned one";
		}
		if (chainTrusted && hostMatches) {
			return;
		}
		CertificateTrustRequest request = new CertificateTrustRequest(profile.id(), profile.name(), host,
				profile.baseUri().getPort(), List.of(chain), sha256, chainTrusted, hostMatches, pin, reason);
		TrustDecision decision = handler.decide(request);
		if (decision == null || decision == TrustDecision.REJECT) {
			throw new UntrustedCertificateException(request);
		}
		state.accept(sha256);
	}

	private boolean hostMatches(String host, X509Certificate leaf) {
		try {
			hostnames.verify(host, leaf);
			return true;
		} catch (SSLException e) {
			return false;
		}
	}

	@Override
	public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
		throw new CertificateException("client certificates are not checked by Tagbench");
	}

	@Override
	public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
		checkClientTrusted(chain, authType);
	}

	@Override
	public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
		checkClientTrusted(chain, authType);
	}

	@Override
	public X509Certificate[] getAcceptedIssuers() {
		return chainVerifier.getAcceptedIssuers();
	}
}
