package org.tagbench.core.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.tagbench.core.errors.WinccErrorKind;
import org.tagbench.core.internal.ValueComparison;
import org.tagbench.core.internal.http.FailureClassifier;
import org.tagbench.core.model.ArchiveSeries;
import org.tagbench.core.model.ItemStatus;
import org.tagbench.core.model.TagValue;

import com.fasterxml.jackson.core.JsonProcessingException;

class JsonItemsTest {

	private static List<TagValue> values(String json) throws IOException {
		return JsonItems.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), List.of("values"),
				ValueReaders::tagValue, new NullProgressMonitor()).items();
	}

	@Test
	void bareArrayWithBothQualityCasings() throws IOException {
		List<TagValue> list = values("""
				[{"variableName":"A","value":true,"dataType":1,"qualitycode":192,"timestamp":"2026-01-01T10:00:00Z","errorcode":0,"error":""},
				 {"variableName":"B","value":1.5,"qualityCode":"64","timestamp":"2026-01-01T10:00:00.5","vendor":"x"}]
				""");
		assertEquals(Boolean.TRUE, list.get(0).value());
		assertTrue(list.get(0).quality().isGood());
		assertEquals(Integer.valueOf(1), list.get(0).dataType());
		assertEquals(Instant.parse("2026-01-01T10:00:00Z"), list.get(0).timestamp());
		assertTrue(list.get(1).quality().isUncertain());
		assertEquals(Instant.parse("2026-01-01T10:00:00.5Z"), list.get(1).timestamp());
		assertEquals("x", list.get(1).extra().get("vendor"));
	}

	@Test
	void wrappedArrayEmptyBodyAndNull() throws IOException {
		assertEquals(1, values("{\"values\":[{\"variableName\":\"A\",\"value\":1}]}").size());
		assertEquals(1, values("{\"Values\":[{\"variableName\":\"A\",\"value\":1}], \"extra\": 3}").size());
		assertEquals(0, values("").size());
		assertEquals(0, values("null").size());
		assertEquals(1, values("{\"variableName\":\"A\",\"value\":\"text\"}").size());
	}

	@Test
	void perItemErrorBecomesItemError() throws IOException {
		TagValue value = values("[{\"variableName\":\"X\",\"errorcode\":1,\"error\":\"Variable not found\"}]").get(0);
		assertEquals(ItemStatus.ITEM_ERROR, value.status());
		assertEquals("Variable not found", value.failure().detail());
		assertNull(value.value());
	}

	@Test
	void malformedAndTruncatedAnswersFail() {
		assertThrows(JsonProcessingException.class, () -> values("[{\"variableName\":\"A\",\"value\":1},"));
		assertThrows(IOException.class, () -> values("[{\"value\":1}]"));
		assertThrows(IOException.class, () -> values("42"));
	}

	@Test
	void timestampsInSeveralForms() {
		assertEquals(Instant.ofEpochMilli(1_700_000_000_000L), Timestamps.parse("/Date(1700000000000)/"));
		assertEquals(Instant.parse("2026-01-01T09:00:00Z"), Timestamps.parse("2026-01-01T10:00:00+01:00"));
		assertNull(Timestamps.parse("yesterday"));
		assertEquals(Instant.ofEpochMilli(1_700_000_000_000L), Timestamps.parse("1700000000000"));
	}

	@Test
	void fuzzFindingsAreTypedErrorsOrValues() throws IOException {
		assertNull(Timestamps.parse("/Date(99999999999999999999)/"), "beyond a long: no time stamp, no crash");
		assertNull(Timestamps.parse("99999999999999999999"));
		assertEquals(List.of("A"), values("[null, {\"variableName\":\"A\"}, null]").stream().map(TagValue::name).toList(),
				"null items are skipped");
		String huge = "x".repeat(100_000);
		IOException unnamed = assertThrows(IOException.class, () -> values("[{\"value\":\"" + huge + "\"}]"));
		assertTrue(unnamed.getMessage().length() < 500, "the message quotes an excerpt, it is kept in the journal");
		byte[] utf32 = { 0, 0, 0, '[', 0x7f, (byte) 0xff, 0, 0 };
		IOException encoding = assertThrows(IOException.class, () -> ValueReaders.values(new ByteArrayInputStream(utf32),
				new NullProgressMonitor()));
		assertEquals(WinccErrorKind.MALFORMED_ANSWER, FailureClassifier.classify(encoding, null).kind(), encoding::toString);
	}

	@Test
	void streamedValuesEqualValuesMappedFromTrees() throws IOException {
		String json = """
				[{"variableName":"A","value":true,"dataType":1,"qualitycode":192,"timestamp":"2026-01-01T10:00:00.123Z","errorcode":0,"error":""},
				 {"variableName":"B","value":1.5,"qualityCode":"64","timestamp":"2026-01-01T10:00:00.5","vendor":{"x":[1,2]}},
				 {"Name":"C","Value":12345678901,"DataType":"4","Quality":"good","Time":1767261600000,"ErrorCode":"0"},
				 {"tagName":"D","value":null,"variableName":null,"quality":"bad","error":"Variable not found","errorcode":1},
				 {"variableName":"E","value":"text","VALUE":"other","value":"last","errorText":"","unknown":null},
				 {"variableName":"F","value":{"nested":true},"timestamp":"2026-06-01T12:30:45.123456789+02:00"}]
				""";
		List<TagValue> streamed = JsonItems.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
				List.of("values"), ValueReaders.TAG_VALUES, new NullProgressMonitor()).items();
		List<TagValue> fromTrees = new java.util.ArrayList<>();
		for (com.fasterxml.jackson.databind.JsonNode item : Json.MAPPER.readTree(json)) {
			fromTrees.add(ValueReaders.tagValue((com.fasterxml.jackson.databind.node.ObjectNode) item));
		}
		assertEquals(fromTrees, streamed);
		assertEquals("last", streamed.get(4).value());
		assertEquals(Long.valueOf(12_345_678_901L), streamed.get(2).value());
		assertEquals(ItemStatus.ITEM_ERROR, streamed.get(3).status());
		assertEquals("D", streamed.get(3).name());
		assertEquals(java.util.Map.of("x", List.of(1, 2)), streamed.get(1).extra().get("vendor"));
	}

	@Test
	void isoTimestampsParseAsTheJavaTimeParsersDo() {
		for (String text : List.of("2026-01-01T10:00:00Z", "2026-01-01T10:00:00.1Z", "2026-01-01T10:00:00.123456789Z",
				"2026-01-01T10:00:00.5+01:00", "2026-12-31T23:59:59-05:30", "2024-02-29T00:00:00Z",
				"1999-07-04T08:09:10.000-00:00", "2026-01-01T10:00:00.Z", "2026-01-01t10:00:00z")) {
			assertEquals(java.time.OffsetDateTime.parse(text).toInstant(), Timestamps.parse(text), text);
		}
		assertEquals(Instant.parse("2026-01-01T10:00:00.5Z"), Timestamps.parse("2026-01-01T10:00:00.5"));
		assertEquals(Instant.parse("2026-01-01T10:00:00Z"), Timestamps.parse("2026-01-01 10:00:00"));
		for (String text : List.of("2026-02-30T10:00:00Z", "2026-13-01T10:00:00Z", "2026-01-01T24:00:00Z",
				"2026-01-01T10:00:00.1234567890Z", "2026-01-01T10:00:00+19:00",
				"2026-01-01T10:00:00+0100", "2026-01-01T10:0a:00Z")) {
			assertNull(Timestamps.parse(text), text);
		}
	}

	@Test
	void archiveAnswersOfBothDialects() throws IOException {
		List<ArchiveSeries> body = ArchiveReaders.series(Json.MAPPER.readTree("""
				{"archives":[{"name":"Fast","variables":[{"name":"T1","values":[{"timestamp":"2026-01-01T00:00:00Z","value":1,"qualitycode":192}]},
				 {"name":"T2","error":"unknown variable"}]}]}
				"""), "Fast");
		assertEquals(2, body.size());
		assertEquals("Fast", body.get(0).archive());
		assertEquals(1, body.get(0).samples().size());
		assertEquals("unknown variable", body.get(1).error().detail());
		List<ArchiveSeries> path = ArchiveReaders.series(Json.MAPPER.readTree(
				"[{\"variableName\":\"T1\",\"values\":[{\"value\":2},{\"value\":3}]}]"), "Slow");
		assertEquals("Slow", path.get(0).archive());
		assertEquals(2, path.get(0).samples().size());
	}

	@Test
	void valueComparisonAcrossForms() {
		assertTrue(ValueComparison.same(Boolean.TRUE, 1L));
		assertTrue(ValueComparison.same(0, Boolean.FALSE));
		assertTrue(ValueComparison.same(1.1, 1.100000023841858));
		assertTrue(ValueComparison.same(42, 42.0));
		assertTrue(ValueComparison.same("abc", "abc"));
		assertTrue(!ValueComparison.same(42, 43L));
		assertTrue(!ValueComparison.same("abc", "abd"));
		assertTrue(ValueComparison.same("2026-11-25T13:30:00Z", "2026-11-25T13:30:00.000Z"));
		assertTrue(ValueComparison.same("2026-11-25T14:30:00+01:00", "2026-11-25T13:30:00Z"));
		assertTrue(!ValueComparison.same("2026-11-25T13:30:00Z", "2026-11-25T13:30:01Z"));
	}
}
