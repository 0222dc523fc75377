package org.tagbench.core.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Configuration of one tag (WinCC V8 tag management). The JSON shape is not public: fields Tagbench
 * does not map are kept in {@link #properties()}.
 *
 * @param name       the tag name
 * @param dataType   the data type as the server names or numbers it, or null
 * @param connection the connection the tag belongs to, or null for internal tags
 * @param group      the tag group, or null
 * @param comment    the comment, or null
 * @param properties every other field (limits, start value, scaling ...), as plain Java values
 */
public record TagConfig(String name, String dataType, String connection, String group, String comment,
		Map<String, Object> properties) {

	public TagConfig {
		properties = properties == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(properties));
	}
}
