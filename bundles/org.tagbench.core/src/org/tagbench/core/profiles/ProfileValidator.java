package org.tagbench.core.profiles;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;
import org.tagbench.core.internal.Messages;

/** Checks a profile before it is saved or used; every problem says what to correct. */
public final class ProfileValidator {

	private ProfileValidator() {
	}

	/** @return the problems of the profile, empty when it is usable */
	public static List<String> problems(ConnectionProfile p) {
		List<String> problems = new ArrayList<>();
		if (p.name().isBlank()) {
			problems.add(Messages.ProfileValidator_nameMissing);
		}
		checkUrl(p, problems);
		TlsSettings tls = p.tls();
		if (tls.mode() == TlsMode.PIN && (tls.pinnedSha256() == null || !tls.pinnedSha256().matches("[0-9a-f]{64}"))) {
			problems.add(Messages.ProfileValidator_pinInvalid);
		}
		if (tls.mode() == TlsMode.CUSTOM_CA && (tls.caFile() == null || tls.caFile().isBlank())) {
			problems.add(Messages.ProfileValidator_caFileMissing);
		}
		range(problems, "connectTimeoutMs", p.connectTimeoutMs(), 100, 600_000);
		range(problems, "responseTimeoutMs", p.responseTimeoutMs(), 100, 3_600_000);
		range(problems, "batchSize", p.batchSize(), 1, 10_000);
		range(problems, "maxInFlight", p.maxInFlight(), 1, 16);
		range(problems, "pollIntervalMs", p.pollIntervalMs(), 100, 86_400_000);
		range(problems, "retries", p.retries(), 0, 10);
		return problems;
	}

	private static void checkUrl(ConnectionProfile p, List<String> problems) {
		URI uri;
		try {
			uri = p.baseUri();
		} catch (IllegalArgumentException e) {
			problems.add(NLS.bind(Messages.ProfileValidator_urlInvalid, p.url()));
			return;
		}
		String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
		if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
			problems.add(NLS.bind(Messages.ProfileValidator_urlInvalid, p.url()));
		} else if (scheme.equals("http") && !p.isPlainHttp()) {
			problems.add(Messages.ProfileValidator_plainHttpNotAllowed);
		} else if (scheme.equals("https") && p.isPlainHttp()) {
			problems.add(Messages.ProfileValidator_plainHttpNeedsHttpUrl);
		}
	}

	private static void range(List<String> problems, String field, int value, int min, int max) {
		if (value < min || value > max) {
			problems.add(NLS.bind(Messages.ProfileValidator_outOfRange,
					new Object[] { field, Integer.toString(value), Integer.toString(min), Integer.toString(max) }));
		}
	}
}
