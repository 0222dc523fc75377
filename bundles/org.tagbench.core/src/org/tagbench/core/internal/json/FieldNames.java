package org.tagbench.core.internal.json;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The field names of a value item as {@link ValueScanner} finds them in the bytes of an answer: as spelled
 * in {@link ValueFields}, or in another ASCII casing, each with its slot there.
 */
final class FieldNames {

	private static final byte[][] LOWER_CASE = Arrays.stream(ValueFields.lowerCaseNames()).map(FieldNames::ascii)
			.toArray(byte[][]::new);
	private static final Spelling[][] SPELLINGS_BY_LENGTH = spellingsByLength();
	private static final VarHandle LONG_AT = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

	private FieldNames() {
	}

	/**
	 * A name spelled as listed in {@link ValueFields}, and its slot; its quoted form as little-endian words
	 * of eight bytes, with the masks of the bytes that count in each.
	 */
	record Spelling(byte[] bytes, int slot, long[] quotedWords, long[] quotedMasks) {

		static Spelling of(String name, int slot) {
			byte[] quoted = ascii('"' + name + '"');
			long[] words = new long[(quoted.length + 7) / 8];
			long[] masks = new long[words.length];
			for (int i = 0; i < quoted.length; i++) {
				words[i / 8] |= (quoted[i] & 0xFFL) << 8 * (i % 8);
				masks[i / 8] |= 0xFFL << 8 * (i % 8);
			}
			return new Spelling(ascii(name), slot, words, masks);
		}
	}

	/** @return whether the string at {@code at} is this name, quotes included: compared eight bytes at a time */
	static boolean isAt(byte[] in, int at, Spelling name) {
		long[] words = name.quotedWords();
		if (at + 8 * words.length > in.length) {
			int end = at + 1 + name.bytes().length;
			return end < in.length && in[at] == '"' && in[end] == '"'
					&& Arrays.equals(in, at + 1, end, name.bytes(), 0, name.bytes().length);
		}
		long[] masks = name.quotedMasks();
		for (int word = 0; word < words.length; word++) {
			if (((long) LONG_AT.get(in, at + 8 * word) & masks[word]) != words[word]) {
				return false;
			}
		}
		return true;
	}

	/** @return the name between the offsets when spelled as listed, or null */
	static Spelling spelledAsListed(byte[] in, int start, int end) {
		int length = end - start;
		if (length >= SPELLINGS_BY_LENGTH.length) {
			return null;
		}
		for (Spelling spelling : SPELLINGS_BY_LENGTH[length]) {
			if (matches(in, spelling.bytes(), start, false)) {
				return spelling;
			}
		}
		return null;
	}

	/** @return the slot of the name between the offsets, ignoring ASCII case, or -1 */
	static int slotIgnoringCase(byte[] in, int start, int end) {
		for (int slot = 0; slot < LOWER_CASE.length; slot++) {
			byte[] name = LOWER_CASE[slot];
			if (name.length == end - start && matches(in, name, start, true)) {
				return slot;
			}
		}
		return -1;
	}

	/** @return whether the bytes at {@code offset} are the given ones, or their ASCII upper case */
	private static boolean matches(byte[] in, byte[] bytes, int offset, boolean ignoringCase) {
		for (int i = 0; i < bytes.length; i++) {
			int b = in[offset + i];
			if (ignoringCase && b >= 'A' && b <= 'Z') {
				b += 'a' - 'A';
			}
			if (b != bytes[i]) {
				return false;
			}
		}
		return true;
	}

	private static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.US_ASCII);
	}

	/** @return the names spelled as listed, by their length */
	private static Spelling[][] spellingsByLength() {
		Map<String, Integer> spellings = ValueFields.spellings();
		int longest = spellings.keySet().stream().mapToInt(String::length).max().orElse(0);
		List<List<Spelling>> byLength = new ArrayList<>();
		for (int length = 0; length <= longest; length++) {
			byLength.add(new ArrayList<>());
		}
		spellings.forEach((name, slot) -> byLength.get(name.length()).add(Spelling.of(name, slot)));
		return byLength.stream().map(list -> list.toArray(Spelling[]::new)).toArray(Spelling[][]::new);
	}
}
