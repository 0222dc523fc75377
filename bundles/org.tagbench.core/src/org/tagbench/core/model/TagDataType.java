package org.tagbench.core.model;

import java.util.Locale;
import java.util.Optional;

/**
 * WinCC's tag data types with the numeric codes used on the wire ({@code dataType}). Codes 1 to 12
 * are WinCC's published tag-type constants (only 1 = binary is confirmed on the wire); date/time
 * has no published constant and is 19 by our assumption (see the simulator's README).
 */
public enum TagDataType {
	BINARY(1, 0, 1),
	INT8(2, Byte.MIN_VALUE, Byte.MAX_VALUE),
	UINT8(3, 0, 0xFFL),
	INT16(4, Short.MIN_VALUE, Short.MAX_VALUE),
	UINT16(5, 0, 0xFFFFL),
	INT32(6, Integer.MIN_VALUE, Integer.MAX_VALUE),
	UINT32(7, 0, 0xFFFF_FFFFL),
	FLOAT32(8, 0, 0),
	FLOAT64(9, 0, 0),
	TEXT8(10, 0, 0),
	TEXT16(11, 0, 0),
	RAW(12, 0, 0),
	DATETIME(19, 0, 0);

	private final int code;
	private final long min;
	private final long max;

	TagDataType(int code, long min, long max) {
		this.code = code;
		this.min = min;
		this.max = max;
	}

	/** @return the numeric code on the wire */
	public int code() {
		return code;
	}

	/** @return whether values are whole numbers (the binary type is not counted here) */
	public boolean isInteger() {
		return this != BINARY && max > 0;
	}

	/** @return whether values are floating-point numbers */
	public boolean isFloat() {
		return this == FLOAT32 || this == FLOAT64;
	}

	/** @return whether values are text */
	public boolean isText() {
		return this == TEXT8 || this == TEXT16;
	}

	/** @return the smallest whole number of an integer type */
	public long min() {
		return min;
	}

	/** @return the largest whole number of an integer type */
	public long max() {
		return max;
	}

	/**
	 * @param dataType a data type as servers and plant files give it: the numeric code, the enum name or
	 *                 a common alias (BOOL, INT, DINT, REAL, LREAL, STRING, …); null for none
	 * @return the type, if known
	 */
	public static Optional<TagDataType> of(String dataType) {
		if (dataType == null || dataType.isBlank()) {
			return Optional.empty();
		}
		String text = dataType.strip().toUpperCase(Locale.ROOT);
		try {
			int code = Integer.parseInt(text);
			for (TagDataType type : values()) {
				if (type.code == code) {
					return Optional.of(type);
				}
			}
			return Optional.empty();
		} catch (NumberFormatException notACode) {
			return byName(text);
		}
	}

	private static Optional<TagDataType> byName(String name) {
		return Optional.ofNullable(switch (name) {
		case "BINARY", "BOOL", "BOOLEAN", "BIT" -> BINARY;
		case "INT8", "SINT", "SBYTE" -> INT8;
		case "UINT8", "USINT", "BYTE" -> UINT8;
		case "INT16", "INT", "SHORT" -> INT16;
		case "UINT16", "UINT", "WORD" -> UINT16;
		case "INT32", "DINT", "LONG" -> INT32;
		case "UINT32", "UDINT", "DWORD" -> UINT32;
		case "FLOAT32", "REAL", "FLOAT" -> FLOAT32;
		case "FLOAT64", "LREAL", "DOUBLE" -> FLOAT64;
		case "TEXT8", "STRING" -> TEXT8;
		case "TEXT16", "WSTRING" -> TEXT16;
		case "RAW" -> RAW;
		case "DATETIME", "DATE_AND_TIME", "DT" -> DATETIME;
		default -> null;
		});
	}
}
