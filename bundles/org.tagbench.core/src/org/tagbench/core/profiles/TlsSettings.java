package org.tagbench.core.profiles;

import java.util.Locale;
import java.util.Objects;

/**
 * TLS settings of a profile.
 *
 * @param mode          how to decide trust
 * @param pinnedSha256  for {@link TlsMode#PIN}: the SHA-256 fingerprint of the server certificate,
 *                      64 hex digits (colons allowed, stored lowercase without colons); otherwise null
 * @param caFile        for {@link TlsMode#CUSTOM_CA}: a PEM or DER file, absolute or relative to the
 *                      folder of the profile file; otherwise null
 */
public record TlsSettings(TlsMode mode, String pinnedSha256, String caFile) {

	/** Verification against the JDK trust store. */
	public static final TlsSettings VERIFY = new TlsSettings(TlsMode.VERIFY, null, null);

	public TlsSettings {
		Objects.requireNonNull(mode, "mode");
		pinnedSha256 = normalizeFingerprint(pinnedSha256);
	}

	/** @return settings pinning the given fingerprint */
	public static TlsSettings pinned(String sha256) {
		return new TlsSettings(TlsMode.PIN, sha256, null);
	}

	/** @return settings trusting the CA certificates in the given file */
	public static TlsSettings customCa(String caFile) {
		return new TlsSettings(TlsMode.CUSTOM_CA, null, caFile);
	}

	/** @return settings for plain HTTP */
	public static TlsSettings plainHttp() {
		return new TlsSettings(TlsMode.PLAIN_HTTP, null, null);
	}

	/**
	 * @param fingerprint hex digits, optionally separated by colons or spaces, any case; or null
	 * @return lowercase hex without separators, or null for null or blank input
	 */
	public static String normalizeFingerprint(String fingerprint) {
		if (fingerprint == null || fingerprint.isBlank()) {
			return null;
		}
		return fingerprint.replace(":", "").replace(" ", "").toLowerCase(Locale.ROOT);
	}
}
