package org.tagbench.core.internal.json;

import java.time.DateTimeException;
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
		Instant iso = parseIso(trimmed);
		if (iso != null) {
			return iso;
		}
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

	/**
	 * Parses the common form {@code yyyy-MM-ddTHH:mm:ss[.fraction](Z|+hh:mm|-hh:mm)} without a
	 * formatter: a bulk read parses one per value.
	 *
	 * @return the instant, or null when the text has another form or is not a valid date (left to the
	 *         general parser)
	 */
	private static Instant parseIso(String text) {
		int length = text.length();
		if (length < 20 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
				|| text.charAt(13) != ':' || text.charAt(16) != ':') {
			return null;
		}
		int year = digits(text, 0, 4);
		int month = digits(text, 5, 2);
		int day = digits(text, 8, 2);
		int hour = digits(text, 11, 2);
		int minute = digits(text, 14, 2);
		int second = digits(text, 17, 2);
		if ((year | month | day | hour | minute | second) < 0) {
			return null;
		}
		int position = 19;
		int nanos = 0;
		if (text.charAt(position) == '.') {
			int start = ++position;
			while (position < length && position - start < 9 && isDigit(text.charAt(position))) {
				nanos = nanos * 10 + text.charAt(position++) - '0';
			}
			if (position == start) {
				return null;
			}
			for (int i = position - start; i < 9; i++) {
				nanos *= 10;
			}
		}
		try {
			ZoneOffset offset = offset(text, position);
			return offset == null ? null : LocalDateTime.of(year, month, day, hour, minute, second, nanos).toInstant(offset);
		} catch (DateTimeException e) {
			return null;
		}
	}

	/**
	 * @return the offset that makes up the rest of the text from {@code position}, or null
	 * @throws DateTimeException when it is out of range
	 */
	private static ZoneOffset offset(String text, int position) {
		int rest = text.length() - position;
		char sign = rest > 0 ? text.charAt(position) : ' ';
		if (rest == 1 && sign == 'Z') {
			return ZoneOffset.UTC;
		}
		if (rest != 6 || sign != '+' && sign != '-' || text.charAt(position + 3) != ':') {
			return null;
		}
		int hours = digits(text, position + 1, 2);
		int minutes = digits(text, position + 4, 2);
		if ((hours | minutes) < 0) {
			return null;
		}
		return sign == '+' ? ZoneOffset.ofHoursMinutes(hours, minutes) : ZoneOffset.ofHoursMinutes(-hours, -minutes);
	}

	/** @return the number written by {@code count} ASCII digits at {@code start}, or -1 */
	private static int digits(String text, int start, int count) {
		int value = 0;
		for (int i = start; i < start + count; i++) {
			char c = text.charAt(i);
			if (!isDigit(c)) {
				return -1;
			}
			value = value * 10 + c - '0';
		}
		return value;
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
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
