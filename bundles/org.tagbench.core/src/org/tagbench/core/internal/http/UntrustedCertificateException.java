package org.tagbench.core.internal.http;

import java.security.cert.CertificateException;

import org.tagbench.core.security.CertificateTrustRequest;

/** Thrown from the trust manager when a certificate is rejected; carries the request for the error. */
final class UntrustedCertificateException extends CertificateException {

	private static final long serialVersionUID = 1L;

	private final transient CertificateTrustRequest request;

	UntrustedCertificateException(CertificateTrustRequest request) {
		super((request.changed() ? "certificate changed against pin: " : "certificate not trusted: ")
				+ request.sha256() + " (" + request.reason() + ")");
		this.request = request;
	}

	CertificateTrustRequest request() {
		return request;
	}
}
