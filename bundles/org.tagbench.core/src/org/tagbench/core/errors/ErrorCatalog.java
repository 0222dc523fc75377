package org.tagbench.core.errors;

import org.eclipse.osgi.util.NLS;
import org.tagbench.core.internal.Messages;

/**
 * Meaning and solution for every failure Tagbench knows. The texts for 401, 403, 404, 500 and 503 are
 * the troubleshooting table of the WinCC REST notes; all texts come from the bundle's messages.
 */
public final class ErrorCatalog {

	private ErrorCatalog() {
	}

	/**
	 * @param status an HTTP status of 300 or above (a redirect is not followed, so it is a failure too)
	 * @param detail technical detail, e.g. the error text from the answer
	 * @return the catalog entry for that status
	 */
	public static WinccError forStatus(int status, String detail) {
		String meaning;
		String solution;
		switch (status) {
			case 400 -> { meaning = Messages.ErrorCatalog_400_meaning; solution = Messages.ErrorCatalog_400_solution; }
			case 401 -> { meaning = Messages.ErrorCatalog_401_meaning; solution = Messages.ErrorCatalog_401_solution; }
			case 402 -> { meaning = Messages.ErrorCatalog_402_meaning; solution = Messages.ErrorCatalog_402_solution; }
			case 403 -> { meaning = Messages.ErrorCatalog_403_meaning; solution = Messages.ErrorCatalog_403_solution; }
			case 404 -> { meaning = Messages.ErrorCatalog_404_meaning; solution = Messages.ErrorCatalog_404_solution; }
			case 405 -> { meaning = Messages.ErrorCatalog_405_meaning; solution = Messages.ErrorCatalog_405_solution; }
			case 423 -> { meaning = Messages.ErrorCatalog_423_meaning; solution = Messages.ErrorCatalog_423_solution; }
			case 500 -> { meaning = Messages.ErrorCatalog_500_meaning; solution = Messages.ErrorCatalog_500_solution; }
			case 503 -> { meaning = Messages.ErrorCatalog_503_meaning; solution = Messages.ErrorCatalog_503_solution; }
			default -> {
				if (status >= 300 && status < 400) {
					return new WinccError(WinccErrorKind.HTTP_STATUS, status,
							NLS.bind(Messages.ErrorCatalog_3xx_meaning, Integer.toString(status)),
							Messages.ErrorCatalog_3xx_solution, detail);
				}
				boolean server = status >= 500;
				meaning = NLS.bind(server ? Messages.ErrorCatalog_5xx_meaning : Messages.ErrorCatalog_4xx_meaning,
						Integer.toString(status));
				solution = server ? Messages.ErrorCatalog_5xx_solution : Messages.ErrorCatalog_4xx_solution;
			}
		}
		return new WinccError(WinccErrorKind.HTTP_STATUS, status, meaning, solution, detail);
	}

	/**
	 * @param kind   any kind but {@link WinccErrorKind#HTTP_STATUS}
	 * @param detail technical detail
	 * @return the catalog entry for that kind
	 */
	public static WinccError forKind(WinccErrorKind kind, String detail) {
		String[] texts = switch (kind) {
			case HTTP_STATUS -> throw new IllegalArgumentException("use forStatus for HTTP statuses");
			case TLS_UNTRUSTED -> pair(Messages.ErrorCatalog_tlsUntrusted_meaning, Messages.ErrorCatalog_tlsUntrusted_solution);
			case TLS_CERTIFICATE_CHANGED -> pair(Messages.ErrorCatalog_tlsChanged_meaning, Messages.ErrorCatalog_tlsChanged_solution);
			case TLS_HOSTNAME -> pair(Messages.ErrorCatalog_tlsHostname_meaning, Messages.ErrorCatalog_tlsHostname_solution);
			case TLS_HANDSHAKE -> pair(Messages.ErrorCatalog_tlsHandshake_meaning, Messages.ErrorCatalog_tlsHandshake_solution);
			case CONNECTION_REFUSED -> pair(Messages.ErrorCatalog_refused_meaning, Messages.ErrorCatalog_refused_solution);
			case UNKNOWN_HOST -> pair(Messages.ErrorCatalog_unknownHost_meaning, Messages.ErrorCatalog_unknownHost_solution);
			case CONNECTION_LOST -> pair(Messages.ErrorCatalog_connectionLost_meaning, Messages.ErrorCatalog_connectionLost_solution);
			case CONNECT_TIMEOUT -> pair(Messages.ErrorCatalog_connectTimeout_meaning, Messages.ErrorCatalog_connectTimeout_solution);
			case RESPONSE_TIMEOUT -> pair(Messages.ErrorCatalog_responseTimeout_meaning, Messages.ErrorCatalog_responseTimeout_solution);
			case MALFORMED_ANSWER -> pair(Messages.ErrorCatalog_malformed_meaning, Messages.ErrorCatalog_malformed_solution);
			case ANSWER_TOO_LARGE -> pair(Messages.ErrorCatalog_tooLarge_meaning, Messages.ErrorCatalog_tooLarge_solution);
			case ITEM_ERROR -> pair(Messages.ErrorCatalog_itemError_meaning, Messages.ErrorCatalog_itemError_solution);
			case MISSING_ITEM -> pair(Messages.ErrorCatalog_missingItem_meaning, Messages.ErrorCatalog_missingItem_solution);
			case WRITE_MISMATCH -> pair(Messages.ErrorCatalog_writeMismatch_meaning, Messages.ErrorCatalog_writeMismatch_solution);
			case READ_ONLY -> pair(Messages.ErrorCatalog_readOnly_meaning, Messages.ErrorCatalog_readOnly_solution);
			case CONFIGURATION -> pair(Messages.ErrorCatalog_configuration_meaning, Messages.ErrorCatalog_configuration_solution);
			case CANCELLED -> pair(Messages.ErrorCatalog_cancelled_meaning, Messages.ErrorCatalog_cancelled_solution);
		};
		return new WinccError(kind, 0, texts[0], texts[1], detail);
	}

	/**
	 * A runtime alarm list (message list, archives, hit list, lock list) answered 404: its REST filter is
	 * not configured, or the server has no alarm logging.
	 *
	 * @param filter the filter name sent
	 * @param detail technical detail, e.g. the error text from the answer
	 */
	public static WinccError forAlarmFilter(String filter, String detail) {
		return new WinccError(WinccErrorKind.HTTP_STATUS, 404, NLS.bind(Messages.ErrorCatalog_alarmFilter_meaning, filter),
				Messages.ErrorCatalog_alarmFilter_solution, detail);
	}

	/** @return whether a read that failed this way may succeed when simply tried again */
	public static boolean isTransient(WinccError error) {
		return switch (error.kind()) {
			case CONNECT_TIMEOUT, RESPONSE_TIMEOUT, CONNECTION_LOST, MALFORMED_ANSWER -> true;
			case HTTP_STATUS -> error.status() == 423 || error.status() == 500 || error.status() == 502
					|| error.status() == 503 || error.status() == 504;
			default -> false;
		};
	}

	/**
	 * @return whether a write that failed this way may still have been carried out by the server: the request
	 *         was sent, but its answer was lost, late, unreadable or a server error. Such a write must not be
	 *         sent again blindly; its outcome is unknown until the value is read.
	 */
	public static boolean mayHaveWritten(WinccError error) {
		return switch (error.kind()) {
			case RESPONSE_TIMEOUT, CONNECTION_LOST, MALFORMED_ANSWER, ANSWER_TOO_LARGE -> true;
			case HTTP_STATUS -> error.status() == 500 || error.status() == 502 || error.status() == 504;
			default -> false;
		};
	}

	private static String[] pair(String meaning, String solution) {
		return new String[] { meaning, solution };
	}
}
