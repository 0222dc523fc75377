package org.tagbench.core.model;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;
import org.tagbench.core.internal.Messages;

/**
 * Turns what a user typed into the value to write to a tag, checked against the tag's data type and
 * its configured limits and length before anything is sent. The same rules the WinCC runtime (and
 * the simulator) applies, so that a refusal is explained at once, in words that say what to type.
 */
public final class ValueInput {

	/**
	 * The outcome of {@link ValueInput#parse}: a value to send, or the problem with the text.
	 *
	 * @param value   the value as it goes on the wire (Boolean, Long, Double, String), or null
	 * @param problem what is wrong and what to type instead, or null
	 */
	public record Result(Object value, String problem) {
		/** @return whether the text is a valid value */
		public boolean isValid() {
			return problem == null;
		}
	}

	private static final Pattern WHOLE = Pattern.compile("[+-]?\\d{1,18}"); //$NON-NLS-1$
	private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?"); //$NON-NLS-1$

	private final TagDataType type;
	private final BigDecimal low;
	private final BigDecimal high;
	private final Integer length;

	private ValueInput(TagDataType type, BigDecimal low, BigDecimal high, Integer length) {
		this.type = type;
		this.low = low;
		this.high = high;
		this.length = length;
	}

	/**
	 * @return the input rules of a tag: its data type, and the limits ({@code lowLimit}, {@code highLimit})
	 *         and text length ({@code length}) its configuration carries; empty when the data type is unknown
	 */
	public static Optional<ValueInput> of(TagConfig config) {
		return TagDataType.of(config.dataType()).map(type -> new ValueInput(type,
				number(config.properties().get("lowLimit")), //$NON-NLS-1$
				number(config.properties().get("highLimit")), //$NON-NLS-1$
				positiveInt(config.properties().get("length")))); //$NON-NLS-1$
	}

	/** @return the input rules of a data type without limits */
	public static ValueInput of(TagDataType type) {
		return new ValueInput(type, null, null, null);
	}

	/**
	 * A value typed for a tag whose data type is not known: {@code true}/{@code false} (lower case) are
	 * binary, whole numbers and decimals are numbers, text in double quotes is that text, anything else
	 * is text as typed. The runtime checks it.
	 *
	 * @return Boolean, Long, Double or String
	 */
	public static Object untyped(String text) {
		if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) { //$NON-NLS-1$ //$NON-NLS-2$
			return text.substring(1, text.length() - 1);
		}
		if ("true".equals(text) || "false".equals(text)) { //$NON-NLS-1$ //$NON-NLS-2$
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

	/** @return the data type */
	public TagDataType type() {
		return type;
	}

	/** @return the lowest value allowed by the tag's limits, if it has one */
	public Optional<BigDecimal> low() {
		return Optional.ofNullable(low);
	}

	/** @return the highest value allowed by the tag's limits, if it has one */
	public Optional<BigDecimal> high() {
		return Optional.ofNullable(high);
	}

	/** @return the longest text (characters) or raw value (bytes), if the tag says */
	public Optional<Integer> length() {
		return Optional.ofNullable(length);
	}

	/** @return the value for {@code text}, or what is wrong with it */
	public Result parse(String text) {
		String input = text == null ? "" : text.strip(); //$NON-NLS-1$
		return switch (type) {
		case BINARY -> binary(input);
		case FLOAT32, FLOAT64 -> decimal(input);
		case TEXT8, TEXT16 -> text(text == null ? "" : text); //$NON-NLS-1$
		case RAW -> raw(input);
		case DATETIME -> dateTime(input);
		default -> whole(input);
		};
	}

	private static Result binary(String input) {
		return switch (input.toLowerCase(Locale.ROOT)) {
		case "1", "true", "on" -> new Result(Boolean.TRUE, null); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		case "0", "false", "off" -> new Result(Boolean.FALSE, null); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		default -> problem(Messages.ValueInput_binary);
		};
	}

	private Result whole(String input) {
		long value;
		try {
			value = Long.parseLong(input);
		} catch (NumberFormatException e) {
			return problem(NLS.bind(Messages.ValueInput_whole, type.min(), type.max()));
		}
		if (value < type.min() || value > type.max()) {
			return problem(NLS.bind(Messages.ValueInput_range, new Object[] { name(), type.min(), type.max() }));
		}
		return withinLimits(BigDecimal.valueOf(value), Long.valueOf(value));
	}

	private Result decimal(String input) {
		double value;
		try {
			value = Double.parseDouble(input.replace(',', '.'));
		} catch (NumberFormatException e) {
			return problem(Messages.ValueInput_decimal);
		}
		if (!Double.isFinite(value) || type == TagDataType.FLOAT32 && Float.isInfinite((float) value)) {
			return problem(NLS.bind(Messages.ValueInput_decimalRange, name()));
		}
		Double wire = type == TagDataType.FLOAT32 ? Double.valueOf(Float.toString((float) value)) : Double.valueOf(value);
		return withinLimits(BigDecimal.valueOf(value), wire);
	}

	private Result withinLimits(BigDecimal number, Object wire) {
		if (low != null && number.compareTo(low) < 0 || high != null && number.compareTo(high) > 0) {
			return problem(NLS.bind(Messages.ValueInput_limits, bound(low), bound(high)));
		}
		return new Result(wire, null);
	}

	private Result text(String text) {
		if (length != null && text.length() > length) {
			return problem(NLS.bind(Messages.ValueInput_textLength, length, text.length()));
		}
		if (type == TagDataType.TEXT8 && !StandardCharsets.ISO_8859_1.newEncoder().canEncode(text)) {
			return problem(Messages.ValueInput_text8);
		}
		return new Result(text, null);
	}

	private Result raw(String input) {
		byte[] bytes;
		try {
			bytes = Base64.getDecoder().decode(input);
		} catch (IllegalArgumentException e) {
			return problem(Messages.ValueInput_raw);
		}
		if (length != null && bytes.length > length) {
			return problem(NLS.bind(Messages.ValueInput_rawLength, length, bytes.length));
		}
		return new Result(input, null);
	}

	private static Result dateTime(String input) {
		try {
			return new Result(OffsetDateTime.parse(input).toInstant().toString(), null);
		} catch (DateTimeParseException withoutOffset) {
			try {
				return new Result(Instant.parse(input).toString(), null);
			} catch (DateTimeParseException e) {
				return problem(Messages.ValueInput_dateTime);
			}
		}
	}

	private String name() {
		return type.name();
	}

	private static String bound(BigDecimal value) {
		return value == null ? "-" : value.stripTrailingZeros().toPlainString(); //$NON-NLS-1$
	}

	private static Result problem(String text) {
		return new Result(null, text);
	}

	private static BigDecimal number(Object value) {
		if (value instanceof Number n) {
			return new BigDecimal(n.toString());
		}
		if (value instanceof String s && !s.isBlank()) {
			try {
				return new BigDecimal(s.strip());
			} catch (NumberFormatException e) {
				return null;
			}
		}
		return null;
	}

	private static Integer positiveInt(Object value) {
		BigDecimal number = number(value);
		return number == null || number.signum() <= 0 ? null : Integer.valueOf(number.intValue());
	}
}
