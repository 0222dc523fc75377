package org.tagbench.core.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A tag group.
 *
 * @param name       the group name
 * @param connection the connection the group belongs to, or null
 * @param properties every other field, as plain Java values
 */
public record TagGroup(String name, String connection, Map<String, Object> properties) {

	public TagGroup {
		properties = properties == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(properties));
	}
}
