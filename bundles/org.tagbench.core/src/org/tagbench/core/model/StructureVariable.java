package org.tagbench.core.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An instance of a structure type.
 *
 * @param name       the instance name
 * @param typeName   the structure type, or null
 * @param properties every other field, as plain Java values
 */
public record StructureVariable(String name, String typeName, Map<String, Object> properties) {

	public StructureVariable {
		properties = properties == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(properties));
	}
}
