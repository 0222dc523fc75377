package org.tagbench.core.internal.http;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fingerprints of the certificates one client accepted explicitly (a pin, or the user's answer). Shared
 * by the trust manager and the host name verifier, so a certificate the user accepted despite a host
 * name mismatch passes host name verification too, and nothing else does.
 */
final class TrustState {

	private final Set<String> accepted = ConcurrentHashMap.newKeySet();

	void accept(String sha256) {
		accepted.add(sha256);
	}

	boolean isAccepted(String sha256) {
		return accepted.contains(sha256);
	}
}
