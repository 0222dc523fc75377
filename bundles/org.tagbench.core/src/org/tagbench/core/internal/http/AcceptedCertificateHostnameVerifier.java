package org.tagbench.core.internal.http;

import java.security.cert.Certificate;
import java.security.cert.X509Certificate;

import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;

import org.apache.hc.client5.http.ssl.DefaultHostnameVerifier;
import org.tagbench.core.security.Fingerprints;

/**
 * Standard host name verification; a mismatch is accepted only for the exact certificate the user pinned
 * or accepted explicitly (the trust manager asked with "host name does not match" in the request).
 */
final class AcceptedCertificateHostnameVerifier implements HostnameVerifier {

	private final DefaultHostnameVerifier standard = new DefaultHostnameVerifier();
	private final TrustState state;

	AcceptedCertificateHostnameVerifier(TrustState state) {
		this.state = state;
	}

	@Override
	public boolean verify(String host, SSLSession session) {
		if (standard.verify(host, session)) {
			return true;
		}
		try {
			Certificate[] peer = session.getPeerCertificates();
			return peer.length > 0 && peer[0] instanceof X509Certificate leaf
					&& state.isAccepted(Fingerprints.sha256(leaf));
		} catch (SSLPeerUnverifiedException e) {
			return false;
		}
	}
}
