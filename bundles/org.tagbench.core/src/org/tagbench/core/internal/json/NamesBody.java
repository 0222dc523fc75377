package org.tagbench.core.internal.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The body of a bulk read, {@code {"variableNames":[...]}}, written byte for byte as Jackson's generator
 * writes it: names of printable ASCII characters other than quote and backslash are copied as they are,
 * other names are written by Jackson. A bulk read writes one body per batch; a generator for each costs
 * more than the copying. The body knows where each copied name is in it, so that the names of the answer
 * are compared with the names asked for byte by byte. Immutable.
 */
public final class NamesBody {

	private static final byte[] START = "{\"variableNames\":[".getBytes(StandardCharsets.US_ASCII);
	private static final byte[] END = "]}".getBytes(StandardCharsets.US_ASCII);

	private final List<String> names;
	private final byte[] bytes;
	/** Where each name's characters start in the body, or -1 for a name written by Jackson. */
	private final int[] starts;

	private NamesBody(List<String> names, byte[] bytes, int[] starts) {
		this.names = names;
		this.bytes = bytes;
		this.starts = starts;
	}

	/** @return the body naming the given names, in order */
	public static NamesBody of(List<String> names) {
		List<String> all = List.copyOf(names);
		int[] starts = new int[all.size()];
		byte[] body = new byte[START.length + END.length + all.size() * 24];
		System.arraycopy(START, 0, body, 0, START.length);
		int length = START.length;
		for (int i = 0; i < all.size(); i++) {
			String name = all.get(i);
			byte[] escaped = isPlain(name) ? null : quoted(name);
			int needed = 1 + (escaped != null ? escaped.length : name.length() + 2) + END.length;
			if (length + needed > body.length) {
				body = Arrays.copyOf(body, Math.max(body.length * 2, length + needed));
			}
			if (i > 0) {
				body[length++] = ',';
			}
			if (escaped != null) {
				starts[i] = -1;
				System.arraycopy(escaped, 0, body, length, escaped.length);
				length += escaped.length;
			} else {
				body[length++] = '"';
				starts[i] = length;
				for (int c = 0; c < name.length(); c++) {
					body[length++] = (byte) name.charAt(c);
				}
				body[length++] = '"';
			}
		}
		System.arraycopy(END, 0, body, length, END.length);
		return new NamesBody(all, Arrays.copyOf(body, length + END.length), starts);
	}

	/** @return the bytes of the body; not to be changed */
	public byte[] bytes() {
		return bytes;
	}

	/** @return the names, in order */
	public List<String> names() {
		return names;
	}

	/** @return how many names the body names */
	int size() {
		return names.size();
	}

	/** @return the name at a position */
	String name(int index) {
		return names.get(index);
	}

	/**
	 * @return where the quoted name at {@code index} ends in {@code in} (at its closing quote) when its
	 *         characters start there at {@code start}, or -1; names the body has escaped are not found
	 */
	int nameEndAt(int index, byte[] in, int start) {
		int at = starts[index];
		if (at < 0) {
			return -1;
		}
		int end = start + names.get(index).length();
		return end < in.length && in[end] == '"' && Bytes.equal(in, start, bytes, at, end - start) ? end : -1;
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
