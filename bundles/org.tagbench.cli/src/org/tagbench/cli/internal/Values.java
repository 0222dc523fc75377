package org.tagbench.cli.internal;

import java.util.regex.Pattern;

/**
 * Values typed on the command line: {@code true} and {@code false} are binary, whole numbers and
 * decimals are numbers, text in double quotes is text as it stands, anything else is text.
 */
final class Values {

	private static final Pattern WHOLE = Pattern.compile("[+-]?\\d{1,18}");
	private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

	private Values() {
	}

	/** @return Boolean, Long, Double or String */
	static Object parse(String text) {
		if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
			return text.substring(1, text.length() - 1);
		}
		if (text.equals("true") || text.equals("false")) {
			return Boolean.valueOf(text);
		}
		if (WHOLE.matcher(text).matches()) {
			return Long.valueOf(text);
		}
		if (DECIMAL.matcher(text).matches()) {
			return Double.valueOf(text);
		}
		return text;
	}
}
