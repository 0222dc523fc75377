package org.tagbench.core.model;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One logged value.
 *
 * @param timestamp    the time stamp, or null when missing or not parseable
 * @param rawTimestamp the time stamp text as sent, or null
 * @param value        Boolean, Long, Double, String or null
 * @param quality      the quality, or null when not sent
 * @param extra        fields the server sent that Tagbench does not know
 */
public record ArchiveSample(Instant timestamp, String rawTimestamp, Object value, Quality quality,
		Map<String, Object> extra) {

	public ArchiveSample {
		extra = extra == null || extra.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(extra));
	}
}
