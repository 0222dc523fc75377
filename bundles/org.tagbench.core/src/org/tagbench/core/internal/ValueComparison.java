package org.tagbench.core.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Whether a value read back equals the value written, across the forms WinCC uses: booleans and 0/1 for
 * binary tags, integers and decimals for numbers (floating point within a relative 1e-6, since float
 * tags round), numbers sent as text, and points in time written with or without milliseconds or an
 * offset.
 */
public final class ValueComparison {

	private static final double RELATIVE_TOLERANCE = 1e-6;

	private ValueComparison() {
	}

	public static boolean same(Object written, Object readBack) {
		if (written == null || readBack == null) {
			return written == readBack;
		}
		BigDecimal a = number(written);
		BigDecimal b = number(readBack);
		if (a != null && b != null) {
			if (a.compareTo(b) == 0) {
				return true;
			}
			double x = a.doubleValue();
			double y = b.doubleValue();
			return Math.abs(x - y) <= RELATIVE_TOLERANCE * Math.max(Math.abs(x), Math.abs(y));
		}
		Instant t = instant(written);
		Instant u = instant(readBack);
		if (t != null && u != null) {
			return t.equals(u);
		}
		return written.toString().equals(readBack.toString());
	}

	private static Instant instant(Object value) {
		if (!(value instanceof String text) || text.length() < 16 || !Character.isDigit(text.charAt(0))) {
			return null;
		}
		try {
			return OffsetDateTime.parse(text).toInstant();
		} catch (DateTimeParseException withoutOffset) {
			return null;
		}
	}

	private static BigDecimal number(Object value) {
		if (value instanceof Boolean flag) {
			return flag ? BigDecimal.ONE : BigDecimal.ZERO;
		}
		if (value instanceof Number || value instanceof String) {
			String text = value.toString().strip().toLowerCase(Locale.ROOT);
			if (text.equals("true") || text.equals("false")) {
				return text.equals("true") ? BigDecimal.ONE : BigDecimal.ZERO;
			}
			try {
				return new BigDecimal(text);
			} catch (NumberFormatException e) {
				return null;
			}
		}
		return null;
	}
}
