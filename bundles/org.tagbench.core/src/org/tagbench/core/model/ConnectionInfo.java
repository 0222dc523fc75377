package org.tagbench.core.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A connection below a communication driver.
 *
 * @param name       the connection name
 * @param driver     the communication driver or unit, or null
 * @param properties every other field, as plain Java values
 */
public record ConnectionInfo(String name, String driver, Map<String, Object> properties) {

	public ConnectionInfo {
		properties = properties == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(properties));
	}
}
