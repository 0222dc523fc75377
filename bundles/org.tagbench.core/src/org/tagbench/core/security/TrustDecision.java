package org.tagbench.core.security;

/** The answer to a {@link CertificateTrustRequest}. */
public enum TrustDecision {
	/** Do not connect. */
	REJECT,
	/** Trust this certificate for the lifetime of the current client only. */
	TRUST_ONCE,
	/**
	 * Trust this certificate from now on: the caller pins its fingerprint in the profile, e.g. through
	 * {@link PinningTrustHandler}.
	 */
	TRUST_ALWAYS
}
