package org.tagbench.simulator.internal.runtime;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Base64;

import org.tagbench.simulator.model.DataType;
import org.tagbench.simulator.model.Limits;
import org.tagbench.simulator.model.TagDefinition;
import org.tagbench.simulator.model.ValueRejectedException;

import com.fasterxml.jackson.core.JsonGenerator;

/**
 * Validates written values against a tag's type and limits, converts numbers produced by
 * dynamics to a type, and writes values as JSON.
 * <p>
 * Java forms: binary Boolean, integers Long, floats Double, texts String, raw byte[] (base64 on
 * the wire), date/time Instant (ISO-8601 on the wire).
 */
public final class ValueCodec {

    private ValueCodec() {
    }

    /**
     * Checks and converts a value written to a tag.
     *
     * @throws ValueRejectedException with the per-item error code and a message saying what to send
     */
    public static Object coerce(TagDefinition tag, Object input) {
        DataType type = tag.dataType();
        if (input == null) {
            throw new ValueRejectedException(ValueRejectedException.INCOMPLETE,
                    "No value given for tag '" + tag.name() + "'. Send a \"value\" of type " + type.wincName() + ".");
        }
        return switch (type) {
            case BINARY -> binary(tag, input);
            case INT8, UINT8, INT16, UINT16, INT32, UINT32 -> integer(tag, input);
            case FLOAT32, FLOAT64 -> floating(tag, input);
            case TEXT8, TEXT16 -> text(tag, input);
            case RAW -> raw(tag, input);
            case DATETIME -> dateTime(tag, input);
        };
    }

    private static Object binary(TagDefinition tag, Object input) {
        if (input instanceof Boolean b) {
            return b;
        }
        if (input instanceof Number n && isIntegral(n)) {
            double d = n.doubleValue();
            if (d == 0 || d == 1) {
                return d == 1;
            }
        }
        throw wrongType(tag, input, "true/false or 0/1");
    }

    private static Object integer(TagDefinition tag, Object input) {
        if (!(input instanceof Number n) || !isIntegral(n)) {
            throw wrongType(tag, input, "a whole number");
        }
        double d = n.doubleValue();
        DataType type = tag.dataType();
        if (d < type.min() || d > type.max()) {
            throw new ValueRejectedException(ValueRejectedException.OUT_OF_RANGE, "Value " + input
                    + " is outside the range of " + type.wincName() + " (" + (long) type.min() + " to "
                    + (long) type.max() + ") of tag '" + tag.name() + "'.");
        }
        checkLimits(tag, d, input);
        return (long) d;
    }

    private static Object floating(TagDefinition tag, Object input) {
        if (!(input instanceof Number n)) {
            throw wrongType(tag, input, "a number");
        }
        double d = n.doubleValue();
        if (!Double.isFinite(d) || tag.dataType() == DataType.FLOAT32 && Math.abs(d) > Float.MAX_VALUE) {
            throw new ValueRejectedException(ValueRejectedException.OUT_OF_RANGE, "Value " + input
                    + " is outside the range of " + tag.dataType().wincName() + " of tag '" + tag.name() + "'.");
        }
        checkLimits(tag, d, input);
        return tag.dataType() == DataType.FLOAT32 ? (double) (float) d : d;
    }

    private static Object text(TagDefinition tag, Object input) {
        if (!(input instanceof String s)) {
            throw wrongType(tag, input, "a string");
        }
        if (s.length() > tag.length()) {
            throw new ValueRejectedException(ValueRejectedException.OUT_OF_RANGE, "Text of " + s.length()
                    + " characters is longer than the " + tag.length() + " allowed for tag '" + tag.name() + "'.");
        }
        if (tag.dataType() == DataType.TEXT8 && !StandardCharsets.ISO_8859_1.newEncoder().canEncode(s)) {
            throw new ValueRejectedException(ValueRejectedException.WRONG_TYPE, "Tag '" + tag.name()
                    + "' is an 8-bit text tag and cannot hold characters outside ISO-8859-1."
                    + " Use a 16-bit text tag for such text.");
        }
        return s;
    }

    private static Object raw(TagDefinition tag, Object input) {
        byte[] bytes;
        if (input instanceof byte[] b) {
            bytes = b.clone();
        } else if (input instanceof String s) {
            try {
                bytes = Base64.getDecoder().decode(s);
            } catch (IllegalArgumentException e) {
                throw wrongType(tag, input, "base64 text");
            }
        } else {
            throw wrongType(tag, input, "base64 text");
        }
        if (bytes.length > tag.length()) {
            throw new ValueRejectedException(ValueRejectedException.OUT_OF_RANGE, bytes.length
                    + " bytes are more than the " + tag.length() + " allowed for raw tag '" + tag.name() + "'.");
        }
        return bytes;
    }

    private static Object dateTime(TagDefinition tag, Object input) {
        if (input instanceof Instant i) {
            return i;
        }
        if (input instanceof String s) {
            Instant parsed = parseInstant(s);
            if (parsed != null) {
                return parsed;
            }
        }
        throw wrongType(tag, input, "an ISO-8601 date and time such as 2024-05-01T12:00:00Z");
    }

    /** Parses ISO-8601 with or without offset (UTC assumed), or returns null. */
    public static Instant parseInstant(String s) {
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(s).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    private static void checkLimits(TagDefinition tag, double d, Object input) {
        Limits limits = tag.limits();
        if (!limits.contains(d)) {
            throw new ValueRejectedException(ValueRejectedException.OUT_OF_RANGE, "Value " + input
                    + " is outside the limits of tag '" + tag.name() + "' (" + bound(limits.low()) + " to "
                    + bound(limits.high()) + ").");
        }
    }

    private static String bound(Double d) {
        return d == null ? "none" : d.toString();
    }

    private static boolean isIntegral(Number n) {
        if (n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte
                || n instanceof BigInteger) {
            return true;
        }
        if (n instanceof BigDecimal bd) {
            return bd.stripTrailingZeros().scale() <= 0;
        }
        double d = n.doubleValue();
        return Double.isFinite(d) && d == Math.rint(d);
    }

    private static ValueRejectedException wrongType(TagDefinition tag, Object input, String expected) {
        String shown = input instanceof String s ? "'" + s + "'" : String.valueOf(input);
        return new ValueRejectedException(ValueRejectedException.WRONG_TYPE, "Value " + shown + " does not fit tag '"
                + tag.name() + "' of type " + tag.dataType().wincName() + ". Send " + expected + ".");
    }

    /** The value a tag of this type holds when nothing else is configured. */
    public static Object zero(DataType type) {
        return switch (type) {
            case BINARY -> Boolean.FALSE;
            case INT8, UINT8, INT16, UINT16, INT32, UINT32 -> 0L;
            case FLOAT32, FLOAT64 -> 0.0;
            case TEXT8, TEXT16 -> "";
            case RAW -> new byte[0];
            case DATETIME -> Instant.EPOCH;
        };
    }

    /** Converts a number produced by a dynamic to the tag's type, clamped to its range. */
    public static Object fromNumber(DataType type, double v, long nowMillis) {
        return switch (type) {
            case BINARY -> v >= 0.5;
            case INT8, UINT8, INT16, UINT16, INT32, UINT32 -> (long) Math.max(type.min(),
                    Math.min(type.max(), Math.round(v)));
            case FLOAT32 -> (double) (float) v;
            case FLOAT64 -> v;
            case TEXT8, TEXT16 -> v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
            case RAW -> new byte[0];
            case DATETIME -> Instant.ofEpochMilli(nowMillis);
        };
    }

    /** A value as a number: binary 0/1, numbers as they are, anything else NaN. */
    public static double toDouble(Object value) {
        if (value instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        return Double.NaN;
    }

    /**
     * Writes a value in its wire form. A double that a float represents exactly (every value of a
     * 32-bit float tag) is written in the float's shortest form, e.g. 6.8197618 rather than
     * 6.819761753082275.
     */
    public static void write(JsonGenerator g, Object value, boolean binaryAsBoolean) throws IOException {
        if (value instanceof Boolean b) {
            if (binaryAsBoolean) {
                g.writeBoolean(b);
            } else {
                g.writeNumber(b ? 1 : 0);
            }
        } else if (value instanceof Long l) {
            g.writeNumber(l.longValue());
        } else if (value instanceof Double d) {
            double v = d.doubleValue();
            if ((double) (float) v == v) {
                g.writeNumber((float) v);
            } else {
                g.writeNumber(v);
            }
        } else if (value instanceof String s) {
            g.writeString(s);
        } else if (value instanceof byte[] b) {
            g.writeString(Base64.getEncoder().encodeToString(b));
        } else if (value instanceof Instant i) {
            g.writeString(Timestamps.format(i.toEpochMilli()));
        } else {
            g.writeNull();
        }
    }
}
