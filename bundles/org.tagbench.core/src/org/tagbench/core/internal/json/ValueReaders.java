package org.tagbench.core.internal.json;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.tagbench.core.errors.ErrorCatalog;
import org.tagbench.core.errors.WinccError;
import org.tagbench.core.errors.WinccErrorKind;
import org.tagbench.core.internal.http.MalformedAnswerException;
import org.tagbench.core.model.ArchiveSample;
import org.tagbench.core.model.ItemStatus;
import org.tagbench.core.model.Quality;
import org.tagbench.core.model.TagValue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Maps value objects of tag management and tag logging answers. Field names are matched ignoring case (a
 * name spelled as listed here wins over other casings of it).
 */
public final class ValueReaders {

	private static final String[] NAME = { "variableName", "name", "tagName" };
	private static final String[] QUALITY = { "qualitycode", "quality" };
	private static final String[] TIMESTAMP = { "timestamp", "timeStamp", "time" };
	private static final String[] ERROR_CODE = { "errorcode" };
	private static final String[] ERROR_TEXT = { "error", "errorText", "errorMessage" };
	private static final Set<String> KNOWN = Json.names("variableName", "name", "tagName", "value", "dataType",
			"qualitycode", "quality", "timestamp", "time", "errorcode", "error", "errorText", "errorMessage");

	private static final List<String> VALUE_KEYS = List.of("values", "variables", "items");

	/** The qualities sent as JSON integers 0 to 255, made once: a bulk read has one per value. */
	private static final Quality[] NUMERIC_QUALITIES = IntStream.range(0, 256)
			.mapToObj(code -> new Quality(code, Integer.toString(code))).toArray(Quality[]::new);

	/** Maps tag values, streaming when they come in an array (bulk reads); thread-safe. */
	public static final JsonItems.ItemMapper<TagValue> TAG_VALUES = new TagValueMapper(false);

	/**
	 * @return a mapper of tag values like {@link #TAG_VALUES} that reuses its buffers from item to item: one
	 *         per answer, not shared between threads
	 */
	public static JsonItems.ItemMapper<TagValue> tagValues() {
		return new TagValueMapper(true);
	}

	private static final class TagValueMapper implements JsonItems.ItemMapper<TagValue> {
		private final ValueFields reused;

		TagValueMapper(boolean reuse) {
			this.reused = reuse ? ValueFields.reusable() : null;
		}

		@Override
		public TagValue map(ObjectNode item) throws MalformedAnswerException {
			return tagValue(item);
		}

		@Override
		public TagValue map(JsonParser parser) throws IOException {
			return tagValue((reused != null ? reused : ValueFields.reusable()).read(parser));
		}
	}

	private ValueReaders() {
	}

	/**
	 * Reads the answer of a value read, one or many ({@code tagManagement/Value(s)}).
	 *
	 * @throws IOException a Jackson parse error or {@link MalformedAnswerException}
	 */
	public static List<TagValue> values(InputStream body, IProgressMonitor monitor) throws IOException {
		return JsonItems.read(body, VALUE_KEYS, tagValues(), monitor).items();
	}

	/** @return the tag value of one item; an item without a name is malformed */
	public static TagValue tagValue(ObjectNode item) throws MalformedAnswerException {
		return tagValue(ValueFields.of(item));
	}

	private static TagValue tagValue(ValueFields item) throws MalformedAnswerException {
		String name = item.text(NAME);
		if (name == null) {
			throw new MalformedAnswerException("value item without variableName: " + Json.excerpt(item));
		}
		Long errorCode = item.number(ERROR_CODE);
		String errorText = item.text(ERROR_TEXT);
		boolean failed = errorCode != null && errorCode != 0 || errorText != null && !errorText.isBlank();
		String rawTime = item.text(TIMESTAMP);
		WinccError failure = failed ? ErrorCatalog.forKind(WinccErrorKind.ITEM_ERROR,
				errorText == null || errorText.isBlank() ? "errorcode " + errorCode : errorText) : null;
		return new TagValue(name, failed ? null : Json.scalar(item.field("value")),
				intOrNull(item.first("dataType")),
				quality(item.first(QUALITY)), Timestamps.parse(rawTime), rawTime,
				failed ? ItemStatus.ITEM_ERROR : ItemStatus.OK, errorCode == null ? 0 : errorCode.intValue(),
				errorText, failure, item.rest());
	}

	/** @return one archive sample */
	public static ArchiveSample sample(ObjectNode item) {
		String rawTime = Json.text(item, TIMESTAMP);
		return new ArchiveSample(Timestamps.parse(rawTime), rawTime, Json.scalar(Json.field(item, "value")),
				quality(Json.firstField(item, QUALITY)), Json.rest(item, KNOWN));
	}

	/** @return the quality as sent, numeric or named ("good", "uncertain", "bad"); null when absent */
	public static Quality quality(JsonNode node) {
		if (node == null || node.isNull()) {
			return null;
		}
		if (node.isInt() && node.intValue() >= 0 && node.intValue() < NUMERIC_QUALITIES.length) {
			return NUMERIC_QUALITIES[node.intValue()];
		}
		String raw = node.asText();
		if (node.isNumber()) {
			return new Quality(node.asInt(), raw);
		}
		String text = raw.strip().toLowerCase(Locale.ROOT);
		try {
			return new Quality(text.startsWith("0x") ? Integer.parseInt(text.substring(2), 16) : Integer.parseInt(text), raw);
		} catch (NumberFormatException e) {
			return switch (text) {
				case "good" -> new Quality(Quality.GOOD, raw);
				case "uncertain" -> new Quality(0x40, raw);
				case "bad" -> new Quality(0, raw);
				default -> new Quality(-1, raw);
			};
		}
	}

	private static Integer intOrNull(JsonNode node) {
		if (node == null || node.isNull()) {
			return null;
		}
		if (node.isIntegralNumber() && node.canConvertToInt()) {
			return node.intValue();
		}
		try {
			return Integer.valueOf(node.asText().strip());
		} catch (NumberFormatException e) {
			return null;
		}
	}
}
