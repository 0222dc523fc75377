package org.tagbench.core.internal.json;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
	 * Reads the answer of a value read, one or many ({@code tagManagement/Value(s)}): read into memory, then
	 * mapped by {@link ValueScanner} when it has the common form, else by the streaming reader.
	 *
	 * @throws IOException a Jackson parse error or {@link MalformedAnswerException}
	 */
	public static List<TagValue> values(InputStream body, IProgressMonitor monitor) throws IOException {
		return values(null, body, monitor);
	}

	/**
	 * Reads the answer of a bulk read, whose items normally come in the order of the names asked for: an
	 * item named as expected at its position shares the name's string.
	 *
	 * @param expected the body that asked for the values, or null
	 * @throws IOException a Jackson parse error or {@link MalformedAnswerException}
	 */
	public static List<TagValue> values(NamesBody expected, InputStream body, IProgressMonitor monitor)
			throws IOException {
		byte[] answer = body.readAllBytes();
		List<TagValue> scanned = new ValueScanner(answer, expected).scan(monitor);
		if (scanned != null) {
			return scanned;
		}
		return JsonItems.read(new ByteArrayInputStream(answer), VALUE_KEYS, tagValues(), monitor).items();
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
		String rawTime = item.text(TIMESTAMP);
		return tagValue(name, Json.scalar(item.field("value")), intOrNull(item.first("dataType")),
				quality(item.first(QUALITY)), rawTime, Timestamps.parse(rawTime), item.number(ERROR_CODE),
				item.text(ERROR_TEXT), item.rest());
	}

	/**
	 * @return the tag value of the fields of one item, however they were read: an item with an error code
	 *         other than 0 or an error text is an item error, without value
	 */
	static TagValue tagValue(String name, Object value, Integer dataType, Quality quality, String rawTime,
			Instant time, Long errorCode, String errorText, Map<String, Object> rest) {
		boolean failed = errorCode != null && errorCode != 0 || errorText != null && !errorText.isBlank();
		WinccError failure = failed ? ErrorCatalog.forKind(WinccErrorKind.ITEM_ERROR,
				errorText == null || errorText.isBlank() ? "errorcode " + errorCode : errorText) : null;
		return new TagValue(name, failed ? null : value, dataType, quality, time, rawTime,
				failed ? ItemStatus.ITEM_ERROR : ItemStatus.OK, errorCode == null ? 0 : errorCode.intValue(),
				errorText, failure, rest);
	}

	/** @return the quality sent as this JSON integer */
	static Quality quality(int code) {
		return code >= 0 && code < NUMERIC_QUALITIES.length ? NUMERIC_QUALITIES[code]
				: new Quality(code, Integer.toString(code));
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
