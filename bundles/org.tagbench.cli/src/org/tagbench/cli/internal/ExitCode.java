package org.tagbench.cli.internal;

import org.tagbench.core.errors.WinccError;

/** The documented exit codes of the {@code tagbench} command line. */
final class ExitCode {

	/** Success. */
	static final int OK = 0;
	/** The command ran but did not succeed: a check failed; a write was refused, not confirmed or not verified. */
	static final int FAILED = 1;
	/** The command line or the profile was wrong. */
	static final int USAGE = 2;
	/** The server refused the user (HTTP 401 or 403), or no password was available. */
	static final int AUTHENTICATION = 3;
	/** A tag, group, archive, filter or profile does not exist (HTTP 404, or an item the server reported). */
	static final int NOT_FOUND = 4;
	/** The server failed (HTTP 5xx), refused the request otherwise, or answered something unusable. */
	static final int SERVER = 5;
	/** The server's certificate is not trusted, or the TLS handshake failed. */
	static final int TLS = 6;
	/** The server cannot be reached: unknown host, connection refused, lost or timed out. */
	static final int NETWORK = 7;

	private ExitCode() {
	}

	/** @return the exit code for a failure reported by the core client */
	static int of(WinccError error) {
		return switch (error.kind()) {
			case HTTP_STATUS -> ofStatus(error.status());
			case TLS_UNTRUSTED, TLS_CERTIFICATE_CHANGED, TLS_HOSTNAME, TLS_HANDSHAKE -> TLS;
			case CONNECTION_REFUSED, UNKNOWN_HOST, CONNECTION_LOST, CONNECT_TIMEOUT, RESPONSE_TIMEOUT -> NETWORK;
			case MALFORMED_ANSWER, ANSWER_TOO_LARGE -> SERVER;
			case ITEM_ERROR, MISSING_ITEM -> NOT_FOUND;
			case CONFIGURATION -> USAGE;
			case WRITE_MISMATCH, READ_ONLY, CANCELLED -> FAILED;
		};
	}

	private static int ofStatus(int status) {
		if (status == 401 || status == 403) {
			return AUTHENTICATION;
		}
		return status == 404 ? NOT_FOUND : SERVER;
	}

	/** @return the current exit code if it is a failure already, otherwise the next one */
	static int firstFailure(int current, int next) {
		return current != OK ? current : next;
	}
}
