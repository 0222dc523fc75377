package org.tagbench.core.errors;

/**
 * What kind of failure a {@link WinccError} describes. {@link #HTTP_STATUS} carries the status code
 * in {@link WinccError#status()}; every other kind stands for itself.
 */
public enum WinccErrorKind {
	/** The server answered with an HTTP status of 400 or above. */
	HTTP_STATUS,
	/** The server's certificate is not trusted and nobody accepted it. */
	TLS_UNTRUSTED,
	/** The server's certificate differs from the one pinned in the profile. */
	TLS_CERTIFICATE_CHANGED,
	/** The certificate does not name the host that was contacted. */
	TLS_HOSTNAME,
	/** The TLS handshake failed for another reason (no certificate bound, protocol mismatch). */
	TLS_HANDSHAKE,
	/** Nothing accepts connections on the host and port. */
	CONNECTION_REFUSED,
	/** The host name cannot be resolved. */
	UNKNOWN_HOST,
	/** The connection broke while a request or its answer was under way. */
	CONNECTION_LOST,
	/** No connection could be made within the connect timeout. */
	CONNECT_TIMEOUT,
	/** The answer did not arrive completely within the response timeout. */
	RESPONSE_TIMEOUT,
	/** The answer was not the JSON expected. */
	MALFORMED_ANSWER,
	/** The answer was larger than the profile allows. */
	ANSWER_TOO_LARGE,
	/** The server reported an error for one item of an otherwise successful request. */
	ITEM_ERROR,
	/** A successful answer left out an item that was asked for (an empty or shortened answer). */
	MISSING_ITEM,
	/** A value was written but reading it back gave a different value. */
	WRITE_MISMATCH,
	/** A write was attempted through a read-only profile. */
	READ_ONLY,
	/** The profile or the request itself is not usable (bad URL, empty name, plain HTTP not allowed). */
	CONFIGURATION,
	/** The user cancelled the operation. */
	CANCELLED
}
