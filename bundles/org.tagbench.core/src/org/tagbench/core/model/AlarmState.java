package org.tagbench.core.model;

import java.util.Locale;

/**
 * What a message's state text says, read tolerantly: servers name states "Came", "Came In", "Went Out",
 * "Acknowledged", "Came in/Acknowledged", or as codes; the client only needs the kind.
 */
public enum AlarmState {
	/** The message came in and has not been acknowledged. */
	CAME,
	/** The message went out. */
	WENT,
	/** The message was acknowledged (also "came and acknowledged"). */
	ACKNOWLEDGED,
	/** No state, or one this client does not know. */
	UNKNOWN;

	/**
	 * @param text the state as the server sent it, or null
	 * @return its kind; acknowledgement wins over came, went over both ("went out acknowledged" is gone)
	 */
	public static AlarmState of(String text) {
		if (text == null || text.isBlank()) {
			return UNKNOWN;
		}
		String t = text.toLowerCase(Locale.ROOT);
		if (t.contains("went") || t.contains("gone") || t.contains("out") || t.equals("2")) {
			return WENT;
		}
		if (t.contains("ack") || t.contains("quit") || t.equals("3")) {
			return ACKNOWLEDGED;
		}
		if (t.contains("came") || t.contains("come") || t.equals("in") || t.equals("1")) {
			return CAME;
		}
		return UNKNOWN;
	}
}
