package org.tagbench.core.internal.json;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.tagbench.core.internal.http.MalformedAnswerException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The fields of one value item, read from a tree or straight from a parser (a bulk read maps thousands
 * without building trees). Names are matched ignoring case: a field spelled as listed in {@link #NAMES}
 * wins over other casings of the same name, and among other casings the first wins. Fields with other
 * names are kept, in order, as plain Java values.
 */
final class ValueFields {

	private static final String[] NAMES = { "variableName", "name", "tagName", "value", "dataType", "qualitycode",
			"quality", "timestamp", "timeStamp", "time", "errorcode", "error", "errorText", "errorMessage" };
	private static final Map<String, Integer> BY_SPELLING = new HashMap<>();
	private static final Map<String, Integer> BY_LOWER_CASE = new HashMap<>();

	static {
		for (String name : NAMES) {
			Integer slot = BY_LOWER_CASE.computeIfAbsent(name.toLowerCase(Locale.ROOT), key -> BY_LOWER_CASE.size());
			BY_SPELLING.put(name, slot);
		}
	}

	/** The number of slots: one per name ignoring case. */
	static final int SLOTS = BY_LOWER_CASE.size();

	private final JsonNode[] values = new JsonNode[SLOTS];
	private Map<String, Object> rest;

	private ValueFields() {
	}

	static ValueFields of(ObjectNode item) {
		ValueFields fields = new ValueFields();
		for (Map.Entry<String, JsonNode> entry : item.properties()) {
			fields.put(entry.getKey(), entry.getValue());
		}
		return fields;
	}

	/** @return fields to fill with {@link #read(JsonParser)}, item after item */
	static ValueFields reusable() {
		return new ValueFields();
	}

	/**
	 * Forgets the previous item and reads the object the parser stands at ({@code START_OBJECT}) up to its
	 * {@code END_OBJECT}.
	 *
	 * @return these fields
	 */
	ValueFields read(JsonParser parser) throws IOException {
		Arrays.fill(values, null);
		rest = null;
		JsonToken token;
		while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
			String key = parser.currentName();
			put(key, Json.node(parser, parser.nextToken()));
		}
		if (token != JsonToken.END_OBJECT) {
			throw new MalformedAnswerException("JSON object not closed");
		}
		return this;
	}

	private void put(String key, JsonNode value) {
		Integer slot = BY_SPELLING.get(key);
		if (slot != null) {
			values[slot] = value;
			return;
		}
		slot = BY_LOWER_CASE.get(key.toLowerCase(Locale.ROOT));
		if (slot != null) {
			if (values[slot] == null) {
				values[slot] = value;
			}
			return;
		}
		if (rest == null) {
			rest = new LinkedHashMap<>();
		}
		rest.put(key, Json.plain(value));
	}

	/** @return the slot of a name spelled as in {@link #NAMES} */
	static int slot(String spelling) {
		return BY_SPELLING.get(spelling);
	}

	/** @return the names in lower case by slot */
	static String[] lowerCaseNames() {
		String[] names = new String[SLOTS];
		BY_LOWER_CASE.forEach((name, slot) -> names[slot] = name);
		return names;
	}

	/** @return the spellings of {@link #NAMES}, each with its slot */
	static Map<String, Integer> spellings() {
		return Map.copyOf(BY_SPELLING);
	}

	/** @return the field of this name (spelled as in {@link #NAMES}), or null when absent */
	JsonNode field(String name) {
		return values[BY_SPELLING.get(name)];
	}

	/** @return the first of the named fields present and not null, or null */
	JsonNode first(String... names) {
		for (String name : names) {
			JsonNode value = field(name);
			if (value != null && !value.isNull()) {
				return value;
			}
		}
		return null;
	}

	String text(String... names) {
		return Json.textOf(first(names));
	}

	Long number(String... names) {
		return Json.numberOf(first(names));
	}

	/** @return the fields with other names, as plain Java values */
	Map<String, Object> rest() {
		return rest == null ? Map.of() : rest;
	}

	@Override
	public String toString() {
		Map<String, Object> all = new LinkedHashMap<>();
		for (String name : NAMES) {
			JsonNode value = field(name);
			if (value != null) {
				all.putIfAbsent(name.toLowerCase(Locale.ROOT), value);
			}
		}
		all.putAll(rest());
		return all.toString();
	}
}
