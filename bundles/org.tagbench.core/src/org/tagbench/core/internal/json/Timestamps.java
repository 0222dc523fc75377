package org.tagbench.core.internal.json;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Parses WinCC time stamps. The format is not documented: ISO-8601 with or without offset (without an
 * offset UTC is assumed), epoch milliseconds (a number, or digits as text), and the .NET form
 * {@code /Date(ms)/} are accepted; milliseconds beyond the range of a long are not a time stamp.
 */
public final class Timestamps {

	private static final Pattern DOTNET = Pattern.compile("/Date\\((-?\\d+)([+-]\\d{4})?\\)/");
	private static final Pattern EPOCH_MILLIS = Pattern.compile("-?\\d{1,19}");

	private Timestamps() {
	}

	/** @return the instant, or null when missing or not parseable (the raw text is kept by the caller) */
	public static Instant parse(JsonNode value) {
		if (value == null || value.isNull()) {
			return null;
		}
		if (value.isNumber()) {
			return Instant.ofEpochMilli(value.asLong());
		}
		return parse(value.asText());
	}

	/** @return the instant, or null when not parseable */
	public static Instant parse(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String trimmed = text.strip();
		Matcher dotnet = DOTNET.matcher(trimmed);
		if (dotnet.matches()) {
			return epochMillis(dotnet.group(1));
		}
		if (EPOCH_MILLIS.matcher(trimmed).matches()) {
			return epochMillis(trimmed);
		}
		try {
			return OffsetDateTime.parse(trimmed).toInstant();
		} catch (DateTimeParseException e) {
			try {
				return LocalDateTime.parse(trimmed.replace(' ', 'T')).toInstant(ZoneOffset.UTC);
			} catch (DateTimeParseException e2) {
				return null;
			}
		}
	}

	/** @return the instant of the milliseconds since 1970, or null when they do not fit a long */
	private static Instant epochMillis(String digits) {
		try {
			return Instant.ofEpochMilli(Long.parseLong(digits));
		} catch (NumberFormatException e) {
			return null;
		}
	}
}
