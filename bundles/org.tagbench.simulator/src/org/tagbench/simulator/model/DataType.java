package org.tagbench.simulator.model;

import java.util.Locale;

/**
 * WinCC tag data types with the numeric codes sent in the {@code dataType} field of value objects.
 * <p>
 * Codes 1 to 12 are the {@code DM_VARTYPE_*} constants of the WinCC ODK; code 1 for binary is the
 * only one confirmed on the wire. WinCC has no ODK constant for date/time (13 to 18 are taken by
 * array, structure, bit fields and text reference), so {@link #DATETIME} uses 19, which is our
 * assumption.
 */
public enum DataType {
    BINARY(1, "Binary tag", 0, 1),
    INT8(2, "Signed 8-bit value", Byte.MIN_VALUE, Byte.MAX_VALUE),
    UINT8(3, "Unsigned 8-bit value", 0, 0xFF),
    INT16(4, "Signed 16-bit value", Short.MIN_VALUE, Short.MAX_VALUE),
    UINT16(5, "Unsigned 16-bit value", 0, 0xFFFF),
    INT32(6, "Signed 32-bit value", Integer.MIN_VALUE, Integer.MAX_VALUE),
    UINT32(7, "Unsigned 32-bit value", 0, 0xFFFF_FFFFL),
    FLOAT32(8, "Floating-point number 32-bit IEEE 754", -Float.MAX_VALUE, Float.MAX_VALUE),
    FLOAT64(9, "Floating-point number 64-bit IEEE 754", -Double.MAX_VALUE, Double.MAX_VALUE),
    TEXT8(10, "Text tag 8-bit character set", 0, 0),
    TEXT16(11, "Text tag 16-bit character set", 0, 0),
    RAW(12, "Raw data type", 0, 0),
    DATETIME(19, "Date/Time", 0, 0);

    private final int code;
    private final String wincName;
    private final double min;
    private final double max;

    DataType(int code, String wincName, double min, double max) {
        this.code = code;
        this.wincName = wincName;
        this.min = min;
        this.max = max;
    }

    /** The numeric code sent as {@code dataType}. */
    public int code() {
        return code;
    }

    /** The name WinCC's tag management shows, as found in exported tag tables. */
    public String wincName() {
        return wincName;
    }

    /** Lowest value of a numeric type. */
    public double min() {
        return min;
    }

    /** Highest value of a numeric type. */
    public double max() {
        return max;
    }

    public boolean isInteger() {
        return code >= 2 && code <= 7;
    }

    public boolean isFloat() {
        return this == FLOAT32 || this == FLOAT64;
    }

    public boolean isNumeric() {
        return isInteger() || isFloat();
    }

    public boolean isText() {
        return this == TEXT8 || this == TEXT16;
    }

    /**
     * Parses a data type from its enum name, its numeric code, its WinCC name or a common alias
     * (BOOL, SINT, INT, DINT, USINT, UINT, UDINT, REAL, LREAL, STRING, WSTRING), ignoring case.
     *
     * @throws IllegalArgumentException naming the accepted forms when nothing matches
     */
    public static DataType parse(String text) {
        String t = text == null ? "" : text.trim();
        for (DataType type : values()) {
            if (type.name().equalsIgnoreCase(t) || type.wincName.equalsIgnoreCase(t)
                    || Integer.toString(type.code).equals(t)) {
                return type;
            }
        }
        DataType alias = switch (t.toUpperCase(Locale.ROOT).replace(" ", "").replace("-", "")) {
            case "BOOL", "BOOLEAN", "BIT" -> BINARY;
            case "SINT", "SIGNED8BITVALUE", "SBYTE" -> INT8;
            case "USINT", "BYTE", "UNSIGNED8BITVALUE" -> UINT8;
            case "INT", "SIGNED16BITVALUE", "SWORD" -> INT16;
            case "UINT", "WORD", "UNSIGNED16BITVALUE" -> UINT16;
            case "DINT", "SIGNED32BITVALUE", "SDWORD" -> INT32;
            case "UDINT", "DWORD", "UNSIGNED32BITVALUE" -> UINT32;
            case "REAL", "FLOAT" -> FLOAT32;
            case "LREAL", "DOUBLE" -> FLOAT64;
            case "STRING", "TEXT" -> TEXT8;
            case "WSTRING" -> TEXT16;
            case "DATETIME", "DATE/TIME", "DTL" -> DATETIME;
            default -> null;
        };
        if (alias == null) {
            throw new IllegalArgumentException("Unknown data type '" + text
                    + "'. Use one of BINARY, INT8, UINT8, INT16, UINT16, INT32, UINT32, FLOAT32, FLOAT64,"
                    + " TEXT8, TEXT16, RAW, DATETIME, a numeric code or the WinCC name.");
        }
        return alias;
    }
}
