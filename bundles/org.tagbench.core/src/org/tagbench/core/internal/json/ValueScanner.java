package org.tagbench.core.internal.json;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.tagbench.core.model.TagValue;

import com.fasterxml.jackson.core.io.NumberInput;

/**
 * Maps a value answer of the common form straight from its bytes, without a JSON parser or tree: a
 * top-level array of objects whose fields all have known names (in any casing, as {@link ValueFields}
 * matches them) and whose values are strings in well-formed UTF-8 without escapes (time stamps in ASCII),
 * numbers, booleans or null, each of the kind its field is mapped from (a text field a string, a code an
 * integer). For any other answer (unknown or nested fields, escapes, other bytes, a malformed answer)
 * {@link #scan} answers null, and the
 * general reader maps it. Both give equal values for the common form. Names equal to the expected ones
 * and time stamps seen a few items before are shared, not copied. Not thread-safe: one per answer.
 */
final class ValueScanner {

	private static final int VALUE = ValueFields.slot("value");
	private static final int[] DATA_TYPE = slots("dataType");
	private static final int[] NAME = slots("variableName", "name", "tagName");
	private static final int[] QUALITY = slots("qualitycode", "quality");
	private static final int[] TIMESTAMP = slots("timestamp", "time");
	private static final int[] ERROR_CODE = slots("errorcode");
	private static final int[] ERROR_TEXT = slots("error", "errorText", "errorMessage");
	/** Where a field spelled otherwise than a field already read is parsed, then ignored. */
	private static final int SCRATCH = ValueFields.SLOTS;
	private static final boolean[] IS_NAME = marked(NAME);
	private static final boolean[] IS_TIME = marked(TIMESTAMP);

	private static final byte ABSENT = 0;
	private static final byte NULL = 1;
	private static final byte STRING = 2;
	private static final byte TRUE = 3;
	private static final byte FALSE = 4;
	private static final byte INTEGER = 5;
	private static final byte DECIMAL = 6;

	/** Longer integers are left to the general reader, which knows big ones. */
	private static final int MAX_INTEGER_DIGITS = 18;
	private static final int MAX_DECIMAL_LENGTH = 64;

	private final byte[] in;
	private final NamesBody expected;
	private int at;

	private final byte[] kinds = new byte[ValueFields.SLOTS + 1];
	private final int[] starts = new int[ValueFields.SLOTS + 1];
	private final int[] ends = new int[ValueFields.SLOTS + 1];
	private final long[] integers = new long[ValueFields.SLOTS + 1];
	private final double[] decimals = new double[ValueFields.SLOTS + 1];
	private final boolean[] ascii = new boolean[ValueFields.SLOTS + 1];
	private final char[] number = new char[MAX_DECIMAL_LENGTH];
	private boolean stringIsAscii;

	/** The names of the last item's fields, by position, when spelled as listed: items have the same fields. */
	private final FieldNames.Spelling[] lastNames = new FieldNames.Spelling[ValueFields.SLOTS];
	private final RecentTimes times;
	/** The item being read, its position in the answer. */
	private int item;
	/** The slot holding the expected name of the item, found at once, or -1. */
	private int expectedName;
	/** The slot holding a time stamp kept, found at once, or -1; and where it is kept. */
	private int keptTimeSlot;
	private int keptTime;

	/**
	 * @param in       the answer body
	 * @param expected the body that asked for the values, or null
	 */
	ValueScanner(byte[] in, NamesBody expected) {
		this.in = in;
		this.expected = expected;
		this.times = new RecentTimes(in);
	}

	/**
	 * @param monitor checked between items
	 * @return the values, or null when the answer is not of the common form
	 * @throws OperationCanceledException when the monitor is cancelled
	 */
	List<TagValue> scan(IProgressMonitor monitor) {
		skipSpace();
		if (!take('[')) {
			return null;
		}
		List<TagValue> items = new ArrayList<>(expected == null ? 16 : expected.size());
		skipSpace();
		if (!take(']')) {
			do {
				if (monitor.isCanceled()) {
					throw new OperationCanceledException();
				}
				skipSpace();
				TagValue item = item(items.size());
				if (item == null) {
					return null;
				}
				items.add(item);
				skipSpace();
			} while (take(','));
			if (!take(']')) {
				return null;
			}
		}
		skipSpace();
		return at == in.length ? items : null;
	}

	/** @return the item object at {@code at}, or null when it is not of the common form */
	private TagValue item(int index) {
		if (!take('{')) {
			return null;
		}
		item = index;
		expectedName = -1;
		keptTimeSlot = -1;
		Arrays.fill(kinds, ABSENT);
		skipSpace();
		if (!take('}')) {
			int field = 0;
			do {
				skipSpace();
				if (!field(field++)) {
					return null;
				}
				skipSpace();
			} while (take(','));
			if (!take('}')) {
				return null;
			}
		}
		return tagValue(index);
	}

	/**
	 * Reads one field. As in {@link ValueFields}, a name spelled as listed there replaces an earlier value,
	 * another casing of it only fills an empty slot.
	 *
	 * @param index the field's position in its item: the name there in the last item is tried first
	 */
	private boolean field(int index) {
		FieldNames.Spelling spelling = index < lastNames.length ? lastNames[index] : null;
		if (spelling != null && FieldNames.isAt(in, at, spelling)) {
			at += spelling.bytes().length + 2;
		} else {
			int start = at + 1;
			if (!string()) {
				return false;
			}
			spelling = FieldNames.spelledAsListed(in, start, at - 1);
			if (index < lastNames.length) {
				lastNames[index] = spelling;
			}
			if (spelling == null) {
				int slot = FieldNames.slotIgnoringCase(in, start, at - 1);
				return slot >= 0 && fieldValue(kinds[slot] == ABSENT ? slot : SCRATCH);
			}
		}
		return fieldValue(spelling.slot());
	}

	/** Reads the colon and the value of a field into the slot. */
	private boolean fieldValue(int slot) {
		skipSpace();
		if (!take(':')) {
			return false;
		}
		skipSpace();
		return value(slot);
	}

	private boolean value(int slot) {
		if (at >= in.length) {
			return false;
		}
		expectedName = expectedName == slot ? -1 : expectedName;
		keptTimeSlot = keptTimeSlot == slot ? -1 : keptTimeSlot;
		switch (in[at]) {
			case '"' -> {
				int start = at + 1;
				int end = known(slot, start);
				if (end >= 0) {
					at = end + 1;
					ascii[slot] = true;
				} else {
					if (!string()) {
						return false;
					}
					end = at - 1;
					ascii[slot] = stringIsAscii;
				}
				starts[slot] = start;
				ends[slot] = end;
				kinds[slot] = STRING;
				return true;
			}
			case 't' -> {
				return literal("true", slot, TRUE);
			}
			case 'f' -> {
				return literal("false", slot, FALSE);
			}
			case 'n' -> {
				return literal("null", slot, NULL);
			}
			default -> {
				return number(slot);
			}
		}
	}

	/**
	 * Recognises the strings most items have, with one comparison of their bytes: the expected name of the
	 * item, a time stamp of an item before. Both are known to be plain ASCII.
	 *
	 * @return where the string from {@code start} ends (at its closing quote) when it is one of them, or -1
	 */
	private int known(int slot, int start) {
		if (IS_NAME[slot] && expected != null && item < expected.size()) {
			int end = expected.nameEndAt(item, in, start);
			if (end >= 0) {
				expectedName = slot;
			}
			return end;
		}
		if (IS_TIME[slot]) {
			int kept = times.at(start);
			if (kept >= 0) {
				keptTimeSlot = slot;
				keptTime = kept;
				return times.endAt(kept, start);
			}
		}
		return -1;
	}

	/**
	 * Moves past a string without escapes or control characters, in well-formed UTF-8, and notes whether it
	 * is all ASCII.
	 */
	private boolean string() {
		if (at >= in.length || in[at] != '"') {
			return false;
		}
		stringIsAscii = true;
		int i = at + 1;
		while (i < in.length) {
			byte b = in[i];
			if (b == '"') {
				at = i + 1;
				return true;
			}
			if (b >= 0x20 && b != '\\') {
				i++;
			} else if (b >= 0) {
				return false;
			} else {
				int length = utf8Length(i);
				if (length == 0) {
					return false;
				}
				stringIsAscii = false;
				i += length;
			}
		}
		return false;
	}

	/**
	 * @return the length of the well-formed UTF-8 sequence of a character beyond ASCII at {@code i}, or 0
	 *         when the bytes there are not one (overlong, a surrogate, beyond U+10FFFF, cut short)
	 */
	private int utf8Length(int i) {
		int lead = in[i] & 0xFF;
		int low = 0x80;
		int high = 0xBF;
		int length;
		if (lead >= 0xC2 && lead <= 0xDF) {
			length = 2;
		} else if (lead >= 0xE0 && lead <= 0xEF) {
			length = 3;
			low = lead == 0xE0 ? 0xA0 : low;
			high = lead == 0xED ? 0x9F : high;
		} else if (lead >= 0xF0 && lead <= 0xF4) {
			length = 4;
			low = lead == 0xF0 ? 0x90 : low;
			high = lead == 0xF4 ? 0x8F : high;
		} else {
			return 0;
		}
		if (i + length > in.length || (in[i + 1] & 0xFF) < low || (in[i + 1] & 0xFF) > high) {
			return 0;
		}
		for (int k = 2; k < length; k++) {
			if ((in[i + k] & 0xC0) != 0x80) {
				return 0;
			}
		}
		return length;
	}

	private boolean literal(String word, int slot, byte kind) {
		if (at + word.length() > in.length) {
			return false;
		}
		for (int i = 0; i < word.length(); i++) {
			if (in[at + i] != word.charAt(i)) {
				return false;
			}
		}
		at += word.length();
		kinds[slot] = kind;
		return true;
	}

	/** Reads a number in JSON's grammar: integers of up to 18 digits, decimals as Jackson parses them. */
	private boolean number(int slot) {
		int start = at;
		int i = at;
		if (i < in.length && in[i] == '-') {
			i++;
		}
		int digits = i;
		i = digits(i);
		if (i == digits || i - digits > 1 && in[digits] == '0') {
			return false;
		}
		int integerEnd = i;
		if (i < in.length && in[i] == '.') {
			int fraction = i + 1;
			i = digits(fraction);
			if (i == fraction) {
				return false;
			}
		}
		if (i < in.length && (in[i] == 'e' || in[i] == 'E')) {
			int exponent = i + 1;
			if (exponent < in.length && (in[exponent] == '+' || in[exponent] == '-')) {
				exponent++;
			}
			i = digits(exponent);
			if (i == exponent) {
				return false;
			}
		}
		at = i;
		if (i == integerEnd) {
			if (i - digits > MAX_INTEGER_DIGITS) {
				return false;
			}
			long value = 0;
			for (int d = digits; d < i; d++) {
				value = value * 10 + in[d] - '0';
			}
			integers[slot] = digits > start ? -value : value;
			kinds[slot] = INTEGER;
			return true;
		}
		if (i - start > MAX_DECIMAL_LENGTH) {
			return false;
		}
		for (int c = start; c < i; c++) {
			number[c - start] = (char) in[c];
		}
		decimals[slot] = NumberInput.parseDouble(number, 0, i - start, true);
		kinds[slot] = DECIMAL;
		return true;
	}

	/** @return the position after the ASCII digits from {@code from} */
	private int digits(int from) {
		int i = from;
		while (i < in.length && in[i] >= '0' && in[i] <= '9') {
			i++;
		}
		return i;
	}

	/**
	 * @return the value of the fields read, mapped as {@link ValueReaders} maps them from a tree, or null
	 *         when a field has a kind the tree mapping would convert, or the item has no name
	 */
	private TagValue tagValue(int index) {
		int name = first(NAME);
		int errorCode = first(ERROR_CODE);
		int errorText = first(ERROR_TEXT);
		int time = first(TIMESTAMP);
		int dataType = first(DATA_TYPE);
		int quality = first(QUALITY);
		if (name < 0 || kinds[name] != STRING || !isKind(errorCode, INTEGER) || !isKind(errorText, STRING)
				|| !isKind(time, STRING) || time >= 0 && !ascii[time] || !isInt(dataType) || !isInt(quality)) {
			return null;
		}
		String rawTime = null;
		Instant instant = null;
		if (time >= 0) {
			int kept = time == keptTimeSlot ? keptTime : times.keep(starts[time], ends[time]);
			rawTime = times.raw(kept);
			instant = times.instant(kept);
		}
		return ValueReaders.tagValue(name(index, name), value(), dataType < 0 ? null : (int) integers[dataType],
				quality < 0 ? null : ValueReaders.quality((int) integers[quality]), rawTime, instant,
				errorCode < 0 ? null : integers[errorCode], errorText < 0 ? null : text(errorText), Map.of());
	}

	private Object value() {
		return switch (kinds[VALUE]) {
			case STRING -> text(VALUE);
			case TRUE -> Boolean.TRUE;
			case FALSE -> Boolean.FALSE;
			case INTEGER -> Long.valueOf(integers[VALUE]);
			case DECIMAL -> Double.valueOf(decimals[VALUE]);
			default -> null;
		};
	}

	/** @return the first of the slots holding a value other than null, or -1 */
	private int first(int[] slots) {
		for (int slot : slots) {
			if (kinds[slot] > NULL) {
				return slot;
			}
		}
		return -1;
	}

	private boolean isKind(int slot, byte kind) {
		return slot < 0 || kinds[slot] == kind;
	}

	private boolean isInt(int slot) {
		return slot < 0 || kinds[slot] == INTEGER && integers[slot] == (int) integers[slot];
	}

	private String text(int slot) {
		int length = ends[slot] - starts[slot];
		if (length == 0) {
			return "";
		}
		return new String(in, starts[slot], length, ascii[slot] ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
	}

	/** @return the expected name at this position when the item has it, else the item's name */
	private String name(int index, int slot) {
		if (slot == expectedName) {
			return expected.name(index);
		}
		String name = expected != null && index < expected.size() ? expected.name(index) : null;
		String text = text(slot);
		return text.equals(name) ? name : text;
	}

	private void skipSpace() {
		while (at < in.length && (in[at] == ' ' || in[at] == '\n' || in[at] == '\r' || in[at] == '\t')) {
			at++;
		}
	}

	private boolean take(char c) {
		if (at < in.length && in[at] == c) {
			at++;
			return true;
		}
		return false;
	}

	private static boolean[] marked(int[] slots) {
		boolean[] marked = new boolean[ValueFields.SLOTS + 1];
		for (int slot : slots) {
			marked[slot] = true;
		}
		return marked;
	}

	private static int[] slots(String... spellings) {
		return Arrays.stream(spellings).mapToInt(ValueFields::slot).toArray();
	}
}
