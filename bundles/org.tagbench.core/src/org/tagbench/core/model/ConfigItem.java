package org.tagbench.core.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One entry of a configuration list whose shape is not public: tag logging timers and the alarm logging
 * lists (message classes, types, groups, blocks, messages, limit values). Everything but the name is
 * kept as properties.
 *
 * @param name       the name (or number) identifying the entry
 * @param properties every other field, as plain Java values
 */
public record ConfigItem(String name, Map<String, Object> properties) {

	public ConfigItem {
		properties = properties == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(properties));
	}
}
