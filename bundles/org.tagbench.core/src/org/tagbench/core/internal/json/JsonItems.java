package org.tagbench.core.internal.json;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.tagbench.core.internal.http.MalformedAnswerException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Streams the items of a list answer one at a time, so large answers never become one big tree and
 * cancellation is checked between items. Accepted shapes: a top-level array; an object wrapping the
 * array in any field (e.g. {@code {"values": [...]}}, preferring the given names), whose other top-level
 * fields (such as {@code continuationPoint}) are kept; a single object standing for one item; an empty
 * body or {@code null} (no items). Array items that are plain values become {@code {"name": value}}.
 */
public final class JsonItems {

	private JsonItems() {
	}

	/**
	 * The items and the other top-level fields of an answer.
	 *
	 * @param items    the mapped items
	 * @param topLevel the top-level fields beside the array
	 * @param <T>      the item type
	 */
	public record Answer<T>(List<T> items, Map<String, JsonNode> topLevel) {

		/** @return a top-level field ignoring case, or null */
		public JsonNode top(String name) {
			for (Map.Entry<String, JsonNode> entry : topLevel.entrySet()) {
				if (entry.getKey().equalsIgnoreCase(name)) {
					return entry.getValue();
				}
			}
			return null;
		}
	}

	/**
	 * @param body          the answer body
	 * @param preferredKeys names of wrapping fields to prefer, ignoring case
	 * @param mapper        maps one item object; may throw {@link MalformedAnswerException}
	 * @param monitor       checked between items
	 */
	public static <T> Answer<T> read(InputStream body, List<String> preferredKeys, ItemMapper<T> mapper,
			IProgressMonitor monitor) throws IOException {
		List<T> items = new ArrayList<>();
		Map<String, JsonNode> top = new LinkedHashMap<>();
		try (JsonParser parser = Json.MAPPER.createParser(body)) {
			JsonToken first = parser.nextToken();
			if (first == null || first == JsonToken.VALUE_NULL) {
				return new Answer<>(items, top);
			}
			if (first == JsonToken.START_ARRAY) {
				readArray(parser, mapper, items, monitor);
			} else if (first == JsonToken.START_OBJECT) {
				readObject(parser, preferredKeys, mapper, items, top, monitor);
			} else {
				throw new MalformedAnswerException("expected a JSON array or object, found " + first);
			}
			if (parser.nextToken() != null) {
				throw new MalformedAnswerException("unexpected content after the JSON answer");
			}
		}
		return new Answer<>(items, top);
	}

	private static <T> void readObject(JsonParser parser, List<String> preferredKeys, ItemMapper<T> mapper,
			List<T> items, Map<String, JsonNode> top, IProgressMonitor monitor) throws IOException {
		boolean streamed = false;
		while (parser.nextToken() == JsonToken.FIELD_NAME) {
			String key = parser.currentName();
			JsonToken token = parser.nextToken();
			if (token == JsonToken.START_ARRAY && !streamed && preferredKeys.stream().anyMatch(key::equalsIgnoreCase)) {
				readArray(parser, mapper, items, monitor);
				streamed = true;
			} else {
				top.put(key, Json.MAPPER.readTree(parser));
			}
		}
		if (streamed) {
			return;
		}
		for (Map.Entry<String, JsonNode> entry : top.entrySet()) {
			if (entry.getValue().isArray()) {
				mapTree(entry.getValue(), mapper, items, monitor);
				top.remove(entry.getKey());
				return;
			}
		}
		ObjectNode single = JsonNodeFactory.instance.objectNode();
		single.setAll(top);
		if (looksLikeItem(single)) {
			items.add(mapper.map(single));
			top.clear();
		}
	}

	private static <T> void mapTree(JsonNode array, ItemMapper<T> mapper, List<T> items, IProgressMonitor monitor)
			throws IOException {
		for (JsonNode node : array) {
			if (monitor.isCanceled()) {
				throw new OperationCanceledException();
			}
			addItem(node, mapper, items);
		}
	}

	private static boolean looksLikeItem(ObjectNode node) {
		return Json.firstField(node, "variableName", "name") != null;
	}

	private static <T> void readArray(JsonParser parser, ItemMapper<T> mapper, List<T> items,
			IProgressMonitor monitor) throws IOException {
		JsonToken token;
		while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
			if (token == null) {
				throw new MalformedAnswerException("JSON array not closed");
			}
			if (monitor.isCanceled()) {
				throw new OperationCanceledException();
			}
			if (token == JsonToken.START_OBJECT) {
				items.add(mapper.map(parser));
			} else {
				addItem(Json.MAPPER.readTree(parser), mapper, items);
			}
		}
	}

	private static <T> void addItem(JsonNode node, ItemMapper<T> mapper, List<T> items) throws IOException {
		if (node.isNull()) {
			return;
		}
		if (node.isObject()) {
			items.add(mapper.map((ObjectNode) node));
		} else if (node.isValueNode()) {
			items.add(mapper.map(JsonNodeFactory.instance.objectNode().set("name", node)));
		} else {
			throw new MalformedAnswerException("unexpected array item " + node.getNodeType());
		}
	}

	/** Maps one item object to a model value. */
	@FunctionalInterface
	public interface ItemMapper<T> {
		T map(ObjectNode item) throws IOException;

		/**
		 * Maps the item object the parser stands at ({@code START_OBJECT}) and leaves the parser at its
		 * {@code END_OBJECT}. Arrays of items are read this way; the default reads the object as a tree.
		 * Mappers of large answers override it to map while streaming, to the same result.
		 */
		default T map(JsonParser parser) throws IOException {
			return map((ObjectNode) Json.MAPPER.readTree(parser));
		}

		/** Adapts a function that cannot fail. */
		static <T> ItemMapper<T> of(Function<ObjectNode, T> function) {
			return function::apply;
		}
	}
}
