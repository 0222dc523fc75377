package org.tagbench.core.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A tag logging archive.
 *
 * @param name       the archive name
 * @param type       the archive type as the server names it, or null
 * @param properties every other field, as plain Java values
 */
public record Archive(String name, String type, Map<String, Object> properties) {

	public Archive {
		properties = properties == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(properties));
	}
}
