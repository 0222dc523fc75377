package org.tagbench.core.internal.json;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.tagbench.core.errors.ErrorCatalog;
import org.tagbench.core.errors.WinccError;
import org.tagbench.core.errors.WinccErrorKind;
import org.tagbench.core.internal.http.MalformedAnswerException;
import org.tagbench.core.model.ArchiveSample;
import org.tagbench.core.model.ItemStatus;
import org.tagbench.core.model.Quality;
import org.tagbench.core.model.TagValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Maps value objects of tag management and tag logging answers. Field names are matched ignoring case. */
public final class ValueReaders {

	private static final String[] NAME = { "variableName", "name", "tagName" };
	private static final String[] QUALITY = { "qualitycode", "quality" };
	private static final String[] TIMESTAMP = { "timestamp", "timeStamp", "time" };
	private static final String[] ERROR_CODE = { "errorcode" };
	private static final String[] ERROR_TEXT = { "error", "errorText", "errorMessage" };
	private static final Set<String> KNOWN = Json.names("variableName", "name", "tagName", "value", "dataType",
			"qualitycode", "quality", "timestamp", "time", "errorcode", "error", "errorText", "errorMessage");

	private static final List<String> VALUE_KEYS = List.of("values", "variables", "items");

	private ValueReaders() {
	}

	/**
	 * Reads the answer of a value read, one or many ({@code tagManagement/Value(s)}).
	 *
	 * @throws IOException a Jackson parse error or {@link MalformedAnswerException}
	 */
	public static List<TagValue> values(InputStream body, IProgressMonitor monitor) throws IOException {
		return JsonItems.read(body, VALUE_KEYS, ValueReaders::tagValue, monitor).items();
	}

	/** @return the tag value of one item; an item without a name is malformed */
	public static TagValue tagValue(ObjectNode item) throws MalformedAnswerException {
		String name = Json.text(item, NAME);
		if (name == null) {
			throw new MalformedAnswerException("value item without variableName: " + Json.excerpt(item));
		}
		Long errorCode = Json.number(item, ERROR_CODE);
		String errorText = Json.text(item, ERROR_TEXT);
		boolean failed = errorCode != null && errorCode != 0 || errorText != null && !errorText.isBlank();
		JsonNode type = Json.firstField(item, "dataType");
		String rawTime = Json.text(item, TIMESTAMP);
		WinccError failure = failed ? ErrorCatalog.forKind(WinccErrorKind.ITEM_ERROR,
				errorText == null || errorText.isBlank() ? "errorcode " + errorCode : errorText) : null;
		return new TagValue(name, failed ? null : Json.scalar(Json.field(item, "value")),
				intOrNull(type),
				quality(Json.firstField(item, QUALITY)), Timestamps.parse(rawTime), rawTime,
				failed ? ItemStatus.ITEM_ERROR : ItemStatus.OK, errorCode == null ? 0 : errorCode.intValue(),
				errorText, failure, Json.rest(item, KNOWN));
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
