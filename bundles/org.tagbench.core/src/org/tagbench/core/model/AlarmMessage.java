package org.tagbench.core.model;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One message of an alarm logging list (message list, archives, hit list, lock list).
 *
 * @param number       the message number, or null
 * @param state        the message state as the server names it (came in, went out, acknowledged ...), or null
 * @param timestamp    the time stamp, or null
 * @param rawTimestamp the time stamp text as sent, or null
 * @param text         the message text in the requested language, or null
 * @param messageClass the message class, or null
 * @param priority     the priority, or null
 * @param extra        every other field, as plain Java values
 */
public record AlarmMessage(Long number, String state, Instant timestamp, String rawTimestamp, String text,
		String messageClass, Long priority, Map<String, Object> extra) {

	public AlarmMessage {
		extra = extra == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(extra));
	}

	/** @return the kind of the state: came, went, acknowledged or unknown */
	public AlarmState stateKind() {
		return AlarmState.of(state);
	}
}
