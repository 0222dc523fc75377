package org.tagbench.core.security;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Locale;

/** SHA-256 fingerprints of certificates. */
public final class Fingerprints {

	private Fingerprints() {
	}

	/** @return the SHA-256 fingerprint of the DER encoding, lowercase hex without separators */
	public static String sha256(X509Certificate certificate) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
			return HexFormat.of().formatHex(digest);
		} catch (CertificateEncodingException | NoSuchAlgorithmException e) {
			throw new IllegalStateException("cannot fingerprint certificate", e);
		}
	}

	/** @return the fingerprint as uppercase pairs separated by colons */
	public static String display(String sha256) {
		String upper = sha256.toUpperCase(Locale.ROOT);
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < upper.length(); i += 2) {
			if (i > 0) {
				text.append(':');
			}
			text.append(upper, i, Math.min(i + 2, upper.length()));
		}
		return text.toString();
	}
}
