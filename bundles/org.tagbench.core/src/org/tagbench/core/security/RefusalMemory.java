package org.tagbench.core.security;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Remembers the certificates refused through it and refuses them again without asking. */
final class RefusalMemory implements CertificateTrustHandler {

	private final CertificateTrustHandler delegate;
	private final Set<String> refused = ConcurrentHashMap.newKeySet();

	RefusalMemory(CertificateTrustHandler delegate) {
		this.delegate = delegate;
	}

	@Override
	public TrustDecision decide(CertificateTrustRequest request) {
		String key = request.host() + ':' + request.port() + '/' + request.sha256();
		if (refused.contains(key)) {
			return TrustDecision.REJECT;
		}
		TrustDecision decision = delegate.decide(request);
		if (decision == TrustDecision.REJECT) {
			refused.add(key);
		}
		return decision;
	}
}
