package org.tagbench.core.internal.json;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** Shared JSON helpers: field lookup that ignores case, and conversion of unknown fields to plain values. */
public final class Json {

	/** The mapper for trees and small documents; thread-safe. */
	public static final ObjectMapper MAPPER = JsonMapper.builder()
			.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.build();

	static {
		MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
				.maxStringLength(64 * 1024 * 1024).build());
	}

	/** The longest excerpt of an answer quoted in a message. */
	public static final int EXCERPT = 200;

	private Json() {
	}

	/** @return the field of an object whose name equals {@code name} ignoring case, or null */
	public static JsonNode field(JsonNode node, String name) {
		if (node == null || !node.isObject()) {
			return null;
		}
		JsonNode exact = node.get(name);
		if (exact != null) {
			return exact;
		}
		for (Map.Entry<String, JsonNode> entry : node.properties()) {
			if (entry.getKey().equalsIgnoreCase(name)) {
				return entry.getValue();
			}
		}
		return null;
	}

	/** @return the first of the named fields present (ignoring case), or null */
	public static JsonNode firstField(JsonNode node, String... names) {
		for (String name : names) {
			JsonNode value = field(node, name);
			if (value != null && !value.isNull()) {
				return value;
			}
		}
		return null;
	}

	/** @return the text of the first named field present, or null */
	public static String text(JsonNode node, String... names) {
		JsonNode value = firstField(node, names);
		if (value == null) {
			return null;
		}
		return value.isValueNode() ? value.asText() : value.toString();
	}

	/** @return the integral value of the first named field present, or null when absent or not a number */
	public static Long number(JsonNode node, String... names) {
		JsonNode value = firstField(node, names);
		if (value == null) {
			return null;
		}
		if (value.isIntegralNumber()) {
			return value.asLong();
		}
		if (value.isTextual()) {
			try {
				return Long.parseLong(value.asText().strip());
			} catch (NumberFormatException e) {
				return null;
			}
		}
		return value.isNumber() ? value.asLong() : null;
	}

	/**
	 * @param node  an object
	 * @param known field names mapped to typed fields (case ignored)
	 * @return every other field as plain Java values (Map, List, String, Number, Boolean, null)
	 */
	public static Map<String, Object> rest(JsonNode node, Set<String> known) {
		Set<String> lower = known.stream().map(k -> k.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
		Map<String, Object> rest = new LinkedHashMap<>();
		for (Map.Entry<String, JsonNode> entry : node.properties()) {
			if (!lower.contains(entry.getKey().toLowerCase(Locale.ROOT))) {
				rest.put(entry.getKey(), plain(entry.getValue()));
			}
		}
		return rest;
	}

	/** @return the node as plain Java values; null for JSON null */
	public static Object plain(JsonNode value) {
		if (value == null || value.isNull() || value.isMissingNode()) {
			return null;
		}
		if (value.isTextual()) {
			return value.textValue();
		}
		if (value.isBoolean()) {
			return value.booleanValue();
		}
		if (value.isNumber()) {
			return value.numberValue();
		}
		return MAPPER.convertValue(value, Object.class);
	}

	/**
	 * @return the node as JSON text, cut after {@value #EXCERPT} characters: for messages, which end up in
	 *         the diagnostics journal and must stay small whatever the server sent
	 */
	public static String excerpt(JsonNode node) {
		String text = String.valueOf(node);
		return text.length() <= EXCERPT ? text : text.substring(0, EXCERPT) + "…";
	}

	/** @return a set of field names, for {@link #rest(JsonNode, Set)} */
	public static Set<String> names(String... names) {
		return Stream.of(names).collect(Collectors.toUnmodifiableSet());
	}

	/** @return the value of a scalar node as Boolean, Long, Double or String; null otherwise */
	public static Object scalar(JsonNode value) {
		if (value == null || value.isNull()) {
			return null;
		}
		if (value.isBoolean()) {
			return value.booleanValue();
		}
		if (value.isIntegralNumber() && value.canConvertToLong()) {
			return value.longValue();
		}
		if (value.isNumber()) {
			return value.doubleValue();
		}
		if (value.isTextual()) {
			return value.textValue();
		}
		return plain(value);
	}
}
