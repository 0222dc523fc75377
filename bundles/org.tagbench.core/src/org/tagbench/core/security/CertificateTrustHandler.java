package org.tagbench.core.security;

/**
 * Decides whether to trust a certificate Tagbench cannot verify. The workbench answers with a dialog,
 * the command line with a flag, tests with a fixed answer. Called on the thread that connects; an
 * implementation that needs the UI thread must hop there itself and block until answered.
 */
@FunctionalInterface
public interface CertificateTrustHandler {

	/** The default: reject every certificate that does not verify. */
	CertificateTrustHandler REJECT = request -> TrustDecision.REJECT;

	/**
	 * @param request what the server presented and why it did not verify
	 * @return the decision; never null
	 */
	TrustDecision decide(CertificateTrustRequest request);

	/**
	 * A handler that always answers the same, for the command line and for tests. A changed certificate
	 * (see {@link CertificateTrustRequest#changed()}) is rejected unless {@code acceptChanged} is set.
	 *
	 * @param decision      the answer for unknown certificates
	 * @param acceptChanged whether to give the same answer for a certificate that replaced a pinned one
	 * @return the handler
	 */
	static CertificateTrustHandler fixed(TrustDecision decision, boolean acceptChanged) {
		return request -> request.changed() && !acceptChanged ? TrustDecision.REJECT : decision;
	}

	/**
	 * A handler that asks {@code delegate} at most once per certificate: a certificate the user refused is
	 * refused again without asking. For the requests of one connection (its health probe retries every few
	 * seconds); a new connection the user starts gets a new handler and asks again.
	 *
	 * @param delegate the handler that asks the user
	 * @return the handler
	 */
	static CertificateTrustHandler askingOnce(CertificateTrustHandler delegate) {
		return new RefusalMemory(delegate);
	}
}
