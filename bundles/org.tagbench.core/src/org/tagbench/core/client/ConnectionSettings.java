package org.tagbench.core.client;

import java.nio.file.Path;
import java.util.Objects;

import org.tagbench.core.diagnostics.DiagnosticsJournal;
import org.tagbench.core.profiles.ConnectionProfile;
import org.tagbench.core.security.CertificateTrustHandler;

/**
 * Everything a {@link WinccClient} needs: the profile, the password from secure storage, who decides on
 * untrusted certificates, and where requests are journaled.
 *
 * @param profile         the connection profile
 * @param password        the password; never logged, journaled or shown
 * @param trustHandler    decides on certificates that do not verify; {@link CertificateTrustHandler#REJECT}
 *                        when null
 * @param journal         the diagnostics journal; a private one when null
 * @param caBaseDir       the folder a relative CA file of the profile is resolved against, or null
 * @param previewLimit    characters of request and answer bodies kept in journal previews
 * @param maxAnswerBytes  the largest answer body accepted
 */
public record ConnectionSettings(ConnectionProfile profile, String password, CertificateTrustHandler trustHandler,
		DiagnosticsJournal journal, Path caBaseDir, int previewLimit, long maxAnswerBytes) {

	/** Default characters kept of each body in journal previews. */
	public static final int DEFAULT_PREVIEW_LIMIT = 2_048;
	/**
	 * Default largest answer: 16 MiB, several times a full page of tag configuration or a large archive
	 * query, while a runaway answer is refused before it costs memory or time.
	 */
	public static final long DEFAULT_MAX_ANSWER_BYTES = 16L * 1024 * 1024;

	public ConnectionSettings {
		Objects.requireNonNull(profile, "profile");
		password = password == null ? "" : password;
		trustHandler = trustHandler == null ? CertificateTrustHandler.REJECT : trustHandler;
		journal = journal == null ? new DiagnosticsJournal() : journal;
	}

	/** @return settings with the defaults for everything but profile and password */
	public static ConnectionSettings of(ConnectionProfile profile, String password) {
		return new ConnectionSettings(profile, password, null, null, null, DEFAULT_PREVIEW_LIMIT,
				DEFAULT_MAX_ANSWER_BYTES);
	}

	public ConnectionSettings withTrustHandler(CertificateTrustHandler handler) {
		return new ConnectionSettings(profile, password, handler, journal, caBaseDir, previewLimit, maxAnswerBytes);
	}

	public ConnectionSettings withJournal(DiagnosticsJournal newJournal) {
		return new ConnectionSettings(profile, password, trustHandler, newJournal, caBaseDir, previewLimit,
				maxAnswerBytes);
	}

	public ConnectionSettings withCaBaseDir(Path dir) {
		return new ConnectionSettings(profile, password, trustHandler, journal, dir, previewLimit, maxAnswerBytes);
	}

	public ConnectionSettings withLimits(int newPreviewLimit, long newMaxAnswerBytes) {
		return new ConnectionSettings(profile, password, trustHandler, journal, caBaseDir, newPreviewLimit,
				newMaxAnswerBytes);
	}

	/** Hides the password from {@code toString()}. */
	@Override
	public String toString() {
		return "ConnectionSettings[profile=" + profile.name() + ", url=" + profile.url() + "]";
	}
}
