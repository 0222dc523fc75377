package org.tagbench.core.internal.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Writes the body of a bulk read, {@code {"variableNames":[...]}}, byte for byte as Jackson's generator
 * writes it: names of printable ASCII characters other than quote and backslash are copied as they are,
 * other names are written by Jackson. A bulk read writes one body per batch; a generator for each costs
 * more than the copying.
 */
public final class NamesBody {

	private static final byte[] START = "{\"variableNames\":[".getBytes(StandardCharsets.US_ASCII);
	private static final byte[] END = "]}".getBytes(StandardCharsets.US_ASCII);

	private NamesBody() {
	}

	/** @return the body naming the given names, in order */
	public static byte[] of(List<String> names) {
		byte[] body = new byte[START.length + END.length + names.size() * 24];
		System.arraycopy(START, 0, body, 0, START.length);
		int length = START.length;
		for (int i = 0; i < names.size(); i++) {
			String name = names.get(i);
			byte[] escaped = isPlain(name) ? null : quoted(name);
			int needed = 1 + (escaped != null ? escaped.length : name.length() + 2) + END.length;
			if (length + needed > body.length) {
				body = Arrays.copyOf(body, Math.max(body.length * 2, length + needed));
			}
			if (i > 0) {
				body[length++] = ',';
			}
			if (escaped != null) {
				System.arraycopy(escaped, 0, body, length, escaped.length);
				length += escaped.length;
			} else {
				body[length++] = '"';
				for (int c = 0; c < name.length(); c++) {
					body[length++] = (byte) name.charAt(c);
				}
				body[length++] = '"';
			}
		}
		System.arraycopy(END, 0, body, length, END.length);
		return Arrays.copyOf(body, length + END.length);
	}

	private static boolean isPlain(String name) {
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (c < ' ' || c > '~' || c == '"' || c == '\\') {
				return false;
			}
		}
		return true;
	}

	private static byte[] quoted(String name) {
		try {
			return Json.MAPPER.writeValueAsBytes(name);
		} catch (IOException e) {
			throw new UncheckedIOException("a name cannot be written as JSON", e);
		}
	}
}
