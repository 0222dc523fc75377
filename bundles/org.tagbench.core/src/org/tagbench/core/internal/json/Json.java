package org.tagbench.core.internal.json;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;

/** Shared JSON helpers: field lookup that ignores case, and conversion of unknown fields to plain values. */
public final class Json {

	/** The mapper for trees and small documents; thread-safe. Parses decimals with the fast parser. */
	public static final ObjectMapper MAPPER = JsonMapper.builder()
			.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
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
		return textOf(firstField(node, names));
	}

	/** @return the text of a value, or null for none */
	static String textOf(JsonNode value) {
		if (value == null) {
			return null;
		}
		return value.isValueNode() ? value.asText() : value.toString();
	}

	/** @return the integral value of the first named field present, or null when absent or not a number */
	public static Long number(JsonNode node, String... names) {
		return numberOf(firstField(node, names));
	}

	/** @return the integral value of a value, or null when absent or not a number */
	static Long numberOf(JsonNode value) {
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
	 * @param known field names mapped to typed fields, as made by {@link #names(String...)} (case ignored)
	 * @return every other field as plain Java values (Map, List, String, Number, Boolean, null)
	 */
	public static Map<String, Object> rest(JsonNode node, Set<String> known) {
		Map<String, Object> rest = null;
		for (Map.Entry<String, JsonNode> entry : node.properties()) {
			String key = entry.getKey();
			if (!known.contains(key) && !known.contains(key.toLowerCase(Locale.ROOT))) {
				if (rest == null) {
					rest = new LinkedHashMap<>();
				}
				rest.put(key, plain(entry.getValue()));
			}
		}
		return rest == null ? Map.of() : rest;
	}

	/**
	 * @param parser a parser standing at {@code token}
	 * @return the value there as a tree node, as {@link ObjectMapper#readTree(JsonParser)} would make it;
	 *         scalars are made directly, which is much cheaper
	 */
	public static JsonNode node(JsonParser parser, JsonToken token) throws IOException {
		return switch (token) {
			case VALUE_STRING -> TextNode.valueOf(parser.getText());
			case VALUE_NUMBER_INT -> switch (parser.getNumberType()) {
				case INT -> IntNode.valueOf(parser.getIntValue());
				case LONG -> LongNode.valueOf(parser.getLongValue());
				default -> BigIntegerNode.valueOf(parser.getBigIntegerValue());
			};
			case VALUE_NUMBER_FLOAT -> DoubleNode.valueOf(parser.getDoubleValue());
			case VALUE_TRUE -> BooleanNode.TRUE;
			case VALUE_FALSE -> BooleanNode.FALSE;
			case VALUE_NULL -> NullNode.instance;
			default -> MAPPER.readTree(parser);
		};
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
	public static String excerpt(Object value) {
		String text = String.valueOf(value);
		return text.length() <= EXCERPT ? text : text.substring(0, EXCERPT) + "…";
	}

	/** @return a set of field names for {@link #rest(JsonNode, Set)}: each as given and in lower case */
	public static Set<String> names(String... names) {
		return Stream.of(names).flatMap(name -> Stream.of(name, name.toLowerCase(Locale.ROOT)))
				.collect(Collectors.toUnmodifiableSet());
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
