package org.tagbench.core.internal.http;

import java.io.CharConversionException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;

import javax.net.ssl.SSLException;
import javax.net.ssl.SSLPeerUnverifiedException;

import org.apache.hc.client5.http.ConnectTimeoutException;
import org.tagbench.core.errors.ErrorCatalog;
import org.tagbench.core.errors.WinccError;
import org.tagbench.core.errors.WinccErrorKind;
import org.tagbench.core.security.CertificateTrustRequest;

import com.fasterxml.jackson.core.JsonProcessingException;

/** Maps an exception from a request to the error catalog. */
public final class FailureClassifier {

	private FailureClassifier() {
	}

	/**
	 * @param failure     what the request threw
	 * @param abortReason why the watchdog aborted the request, or null
	 * @return the catalog entry
	 */
	public static WinccError classify(Throwable failure, RequestWatchdog.Reason abortReason) {
		String detail = describe(failure);
		if (abortReason == RequestWatchdog.Reason.CANCELLED) {
			return ErrorCatalog.forKind(WinccErrorKind.CANCELLED, detail);
		}
		if (abortReason == RequestWatchdog.Reason.DEADLINE) {
			return ErrorCatalog.forKind(WinccErrorKind.RESPONSE_TIMEOUT, detail);
		}
		UntrustedCertificateException untrusted = find(failure, UntrustedCertificateException.class);
		if (untrusted != null) {
			CertificateTrustRequest request = untrusted.request();
			WinccErrorKind kind = request.changed() ? WinccErrorKind.TLS_CERTIFICATE_CHANGED
					: request.chainTrusted() && !request.hostnameMatches() ? WinccErrorKind.TLS_HOSTNAME
							: WinccErrorKind.TLS_UNTRUSTED;
			return ErrorCatalog.forKind(kind, untrusted.getMessage());
		}
		return ErrorCatalog.forKind(kindOf(failure), detail);
	}

	private static WinccErrorKind kindOf(Throwable failure) {
		if (find(failure, AnswerTooLargeException.class) != null) {
			return WinccErrorKind.ANSWER_TOO_LARGE;
		}
		if (find(failure, JsonProcessingException.class) != null || find(failure, MalformedAnswerException.class) != null
				|| find(failure, CharConversionException.class) != null) {
			return WinccErrorKind.MALFORMED_ANSWER;
		}
		if (find(failure, SSLPeerUnverifiedException.class) != null) {
			return WinccErrorKind.TLS_HOSTNAME;
		}
		if (find(failure, SSLException.class) != null) {
			return WinccErrorKind.TLS_HANDSHAKE;
		}
		if (find(failure, ConnectTimeoutException.class) != null) {
			return WinccErrorKind.CONNECT_TIMEOUT;
		}
		if (find(failure, SocketTimeoutException.class) != null) {
			return WinccErrorKind.RESPONSE_TIMEOUT;
		}
		if (find(failure, UnknownHostException.class) != null) {
			return WinccErrorKind.UNKNOWN_HOST;
		}
		if (find(failure, ConnectException.class) != null || find(failure, NoRouteToHostException.class) != null) {
			return WinccErrorKind.CONNECTION_REFUSED;
		}
		return WinccErrorKind.CONNECTION_LOST;
	}

	private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (type.isInstance(t)) {
				return type.cast(t);
			}
			for (Throwable suppressed : t.getSuppressed()) {
				if (type.isInstance(suppressed)) {
					return type.cast(suppressed);
				}
			}
		}
		return null;
	}

	private static String describe(Throwable failure) {
		String message = failure.getMessage();
		String name = failure.getClass().getSimpleName();
		return message == null || message.isBlank() ? name : name + ": " + message;
	}
}
