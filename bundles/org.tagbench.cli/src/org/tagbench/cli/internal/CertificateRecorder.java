package org.tagbench.cli.internal;

import java.io.PrintStream;

import org.eclipse.osgi.util.NLS;
import org.tagbench.core.security.CertificateTrustHandler;
import org.tagbench.core.security.CertificateTrustRequest;
import org.tagbench.core.security.TrustDecision;

/**
 * The command line's answer to a certificate that does not verify: no. It never asks; it remembers the
 * certificate so that the error can show its fingerprint and how to pin it with {@code --trust}.
 */
final class CertificateRecorder implements CertificateTrustHandler {

	private volatile CertificateTrustRequest last;

	@Override
	public TrustDecision decide(CertificateTrustRequest request) {
		last = request;
		return TrustDecision.REJECT;
	}

	/** @return the certificate rejected last, or null */
	CertificateTrustRequest last() {
		return last;
	}

	/** Prints the rejected certificate and how to trust it, if one was rejected. */
	void explain(PrintStream err) {
		CertificateTrustRequest request = last;
		if (request == null) {
			return;
		}
		err.println(NLS.bind(Messages.Certificate_presented, new Object[] { request.host(),
				Integer.toString(request.port()), request.leaf().getSubjectX500Principal().getName(),
				request.leaf().getNotAfter().toInstant(), request.displayFingerprint() }));
		if (request.changed()) {
			err.println(NLS.bind(Messages.Certificate_changed, request.pinnedSha256()));
		}
		err.println(NLS.bind(Messages.Certificate_howToTrust, request.sha256()));
	}
}
