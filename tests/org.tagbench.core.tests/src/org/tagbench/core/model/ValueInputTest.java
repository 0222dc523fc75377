package org.tagbench.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

class ValueInputTest {

	private static ValueInput input(String dataType, Map<String, Object> properties) {
		return ValueInput.of(new TagConfig("T", dataType, "", "", "", properties)).orElseThrow();
	}

	private static void refused(ValueInput input, String text) {
		ValueInput.Result result = input.parse(text);
		assertFalse(result.isValid(), text + " must be refused");
		assertTrue(!result.problem().isBlank(), "a refusal says what to type");
	}

	@Test
	void dataTypesAreKnownByCodeNameAndAlias() {
		assertEquals(TagDataType.INT16, TagDataType.of("4").orElseThrow());
		assertEquals(TagDataType.FLOAT32, TagDataType.of("REAL").orElseThrow());
		assertEquals(TagDataType.BINARY, TagDataType.of("bool").orElseThrow());
		assertEquals(TagDataType.DATETIME, TagDataType.of("19").orElseThrow());
		assertTrue(TagDataType.of("13").isEmpty());
		assertTrue(ValueInput.of(new TagConfig("T", "nonsense", "", "", "", Map.of())).isEmpty());
	}

	@Test
	void binaryTakesOnesZerosAndWords() {
		ValueInput binary = ValueInput.of(TagDataType.BINARY);
		assertEquals(Boolean.TRUE, binary.parse("1").value());
		assertEquals(Boolean.FALSE, binary.parse(" false ").value());
		refused(binary, "2");
	}

	@Test
	void integersKeepToTheirWidth() {
		assertEquals(Long.valueOf(-128), ValueInput.of(TagDataType.INT8).parse("-128").value());
		refused(ValueInput.of(TagDataType.INT8), "128");
		refused(ValueInput.of(TagDataType.UINT8), "-1");
		assertEquals(Long.valueOf(65535), ValueInput.of(TagDataType.UINT16).parse("65535").value());
		refused(ValueInput.of(TagDataType.INT16), "40000");
		assertEquals(Long.valueOf(4294967295L), ValueInput.of(TagDataType.UINT32).parse("4294967295").value());
		refused(ValueInput.of(TagDataType.INT32), "2147483648");
		refused(ValueInput.of(TagDataType.INT32), "1.5");
	}

	@Test
	void limitsOfTheTagApply() {
		ValueInput level = input("9", Map.of("lowLimit", 0, "highLimit", 10.5));
		assertEquals(Double.valueOf(10.5), level.parse("10.5").value());
		assertEquals(Double.valueOf(2.25), level.parse("2,25").value());
		refused(level, "10.6");
		refused(level, "-0.1");
		refused(level, "NaN");
		refused(input("6", Map.of("lowLimit", "5")), "4");
	}

	@Test
	void float32IsRoundedToItsPrecision() {
		assertEquals(Double.valueOf(Float.toString(0.1f)), ValueInput.of(TagDataType.FLOAT32).parse("0.1").value());
		refused(ValueInput.of(TagDataType.FLOAT32), "1e39");
	}

	@Test
	void textKeepsItsLengthAndCharacterSet() {
		ValueInput text8 = input("10", Map.of("length", 5));
		assertEquals("  ab ", text8.parse("  ab ").value());
		refused(text8, "abcdef");
		refused(text8, "Ω");
		assertEquals("Ω", input("11", Map.of()).parse("Ω").value());
	}

	@Test
	void rawAndDateTime() {
		assertEquals("AQID", ValueInput.of(TagDataType.RAW).parse("AQID").value());
		refused(ValueInput.of(TagDataType.RAW), "not base64!");
		refused(input("12", Map.of("length", 2)), "AQID");
		assertEquals("2026-11-25T13:30:00Z", ValueInput.of(TagDataType.DATETIME).parse("2026-11-25T14:30:00+01:00").value());
		refused(ValueInput.of(TagDataType.DATETIME), "yesterday");
	}

	@Test
	void untypedValuesAreGuessedFromTheirText() {
		assertEquals(Boolean.TRUE, ValueInput.untyped("true"));
		assertEquals("TRUE", ValueInput.untyped("TRUE"));
		assertEquals(Long.valueOf(-42), ValueInput.untyped("-42"));
		assertEquals(Double.valueOf(1.5e3), ValueInput.untyped("1.5e3"));
		assertEquals("42", ValueInput.untyped("\"42\""));
		assertEquals("pump 1", ValueInput.untyped("pump 1"));
	}
}
