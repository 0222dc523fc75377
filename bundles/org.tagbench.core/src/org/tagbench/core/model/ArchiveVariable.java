package org.tagbench.core.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A variable (archive tag) of a tag logging archive.
 *
 * @param archive    the archive name
 * @param name       the archive variable name
 * @param tagName    the process tag it records, or null
 * @param properties every other field, as plain Java values
 */
public record ArchiveVariable(String archive, String name, String tagName, Map<String, Object> properties) {

	public ArchiveVariable {
		properties = properties == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(properties));
	}
}
