package org.tagbench.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class RowWriterTest {

	private static final List<String> COLUMNS = List.of("name", "value", "time");
	private static final Instant TIME = Instant.parse("2026-05-01T12:00:00Z");

	private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
	private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

	private String text() {
		return bytes.toString(StandardCharsets.UTF_8);
	}

	@Test
	void csvQuotesWhatNeedsQuotes() {
		RowWriter csv = OutputFormat.CSV.open(out, COLUMNS);
		csv.row(Arrays.asList("Tag, \"A\"", Double.valueOf(1.5E10), TIME));
		csv.row(Arrays.asList("Außen\ntemperatur", null, Boolean.TRUE));
		csv.end();
		assertEquals("name,value,time\r\n\"Tag, \"\"A\"\"\",15000000000,2026-05-01T12:00:00Z\r\n"
				+ "\"Außen\ntemperatur\",,true\r\n", text());
	}

	@Test
	void tableAlignsColumnsAndKeepsStreamingAfterTheMeasuredRows() {
		RowWriter table = OutputFormat.TABLE.open(out, COLUMNS);
		table.row(Arrays.asList("A", Long.valueOf(1), null));
		table.row(Arrays.asList("Longer name", Double.valueOf(2.25), TIME));
		for (int i = 0; i < TableWriter.MEASURED_ROWS; i++) {
			table.row(Arrays.asList("T" + i, Long.valueOf(i), null));
		}
		assertTrue(text().startsWith("NAME         VALUE  TIME\nA            1\nLonger name  2.25   2026-05-01T12:00:00Z\n"),
				text());
		table.row(Arrays.asList("Streamed", Long.valueOf(-1), null));
		assertTrue(text().endsWith("Streamed     -1\n"), "printed before end(): " + text());
		table.end();
		assertEquals(TableWriter.MEASURED_ROWS + 4, text().lines().count());
	}

	@Test
	void emptyResultsStillHaveAHeaderOrAnArray() throws Exception {
		OutputFormat.TABLE.open(out, COLUMNS).end();
		OutputFormat.CSV.open(out, COLUMNS).end();
		assertEquals("NAME  VALUE  TIME\nname,value,time\r\n", text());
		bytes.reset();
		OutputFormat.JSON.open(out, COLUMNS).end();
		assertEquals(0, new ObjectMapper().readTree(text()).size());
	}

	@Test
	void nothingIsPrintedBeforeTheFirstRow() {
		for (OutputFormat format : OutputFormat.values()) {
			format.open(out, COLUMNS);
		}
		assertEquals("", text());
	}

	@Test
	void jsonKeepsTypes() throws Exception {
		RowWriter json = OutputFormat.JSON.open(out, COLUMNS);
		json.row(Arrays.asList("T1", Double.valueOf(4.5), TIME));
		json.row(Arrays.asList("T2", Map.of("low", Integer.valueOf(0)), null));
		json.end();
		JsonNode array = new ObjectMapper().readTree(text());
		assertEquals(2, array.size());
		assertEquals(4.5, array.get(0).get("value").doubleValue());
		assertEquals("2026-05-01T12:00:00Z", array.get(0).get("time").textValue());
		assertEquals(0, array.get(1).get("value").get("low").intValue());
		assertTrue(array.get(1).get("time").isNull());
	}
}
