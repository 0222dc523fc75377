package org.tagbench.core.security;

import java.security.cert.X509Certificate;
import java.util.List;

/**
 * A question to the user: the server presented a certificate Tagbench cannot verify on its own.
 *
 * @param profileId       the id of the connection profile
 * @param profileName     the name of the connection profile
 * @param host            the host contacted
 * @param port            the port contacted
 * @param chain           the certificate chain, server certificate first
 * @param sha256          the SHA-256 fingerprint of the server certificate, lowercase hex
 * @param chainTrusted    whether the chain verified against the trust store or custom CA
 * @param hostnameMatches whether the certificate names the host contacted
 * @param pinnedSha256    the fingerprint pinned in the profile, or null
 * @param reason          the technical reason verification failed
 */
public record CertificateTrustRequest(String profileId, String profileName, String host, int port,
		List<X509Certificate> chain, String sha256, boolean chainTrusted, boolean hostnameMatches,
		String pinnedSha256, String reason) {

	public CertificateTrustRequest {
		chain = List.copyOf(chain);
	}

	/**
	 * @return whether a certificate was pinned and the server now presents another one; the user must be
	 *         told this, it may be an attack
	 */
	public boolean changed() {
		return pinnedSha256 != null && !pinnedSha256.equals(sha256);
	}

	/** @return the server certificate */
	public X509Certificate leaf() {
		return chain.get(0);
	}

	/** @return the fingerprint as colon-separated uppercase pairs, as certificate dialogs show it */
	public String displayFingerprint() {
		return Fingerprints.display(sha256);
	}
}
