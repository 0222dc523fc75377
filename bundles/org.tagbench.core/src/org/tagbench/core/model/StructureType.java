package org.tagbench.core.model;

import java.util.List;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A structure type.
 *
 * @param name       the type name
 * @param members    the member (element) names, possibly empty
 * @param properties every other field, as plain Java values
 */
public record StructureType(String name, List<String> members, Map<String, Object> properties) {

	public StructureType {
		members = members == null ? List.of() : List.copyOf(members);
		properties = properties == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(properties));
	}
}
