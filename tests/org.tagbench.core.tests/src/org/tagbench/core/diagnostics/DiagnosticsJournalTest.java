package org.tagbench.core.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tagbench.core.errors.ErrorCatalog;
import org.tagbench.core.internal.json.Json;

import com.fasterxml.jackson.databind.JsonNode;

class DiagnosticsJournalTest {

	static JournalEntry entry(int i, boolean failed) {
		return new JournalEntry(Instant.parse("2026-01-01T00:00:00Z").plusSeconds(i), "id", "Line, \"1\"", "POST",
				"https://h:34568/WinCCRestService/tagManagement/Values", Map.of("Accept", "application/json"), true,
				failed ? 401 : 200, 12, 30, 120, failed ? ErrorCatalog.forStatus(401, "") : null,
				"{\"variableNames\":[\"it's\"]}", "[]");
	}

	@Test
	void ringBufferKeepsTheNewest() {
		DiagnosticsJournal journal = new DiagnosticsJournal(3);
		for (int i = 0; i < 5; i++) {
			journal.record(entry(i, false));
		}
		assertEquals(3, journal.size());
		assertEquals(Instant.parse("2026-01-01T00:00:02Z"), journal.entries().get(0).time());
		assertEquals(DiagnosticsJournal.DEFAULT_CAPACITY, new DiagnosticsJournal().capacity());
	}

	@Test
	void listenersSeeEveryEntry() {
		DiagnosticsJournal journal = new DiagnosticsJournal();
		List<JournalEntry> seen = new ArrayList<>();
		journal.addListener(seen::add);
		journal.record(entry(0, false));
		journal.record(entry(1, true));
		assertEquals(2, seen.size());
	}

	@Test
	void clearTellsTheListenersOnce() {
		DiagnosticsJournal journal = new DiagnosticsJournal();
		journal.record(entry(0, false));
		journal.record(entry(1, false));
		int[] cleared = new int[1];
		List<JournalEntry> added = new ArrayList<>();
		journal.addListener(new JournalListener() {
			@Override
			public void entryAdded(JournalEntry entry) {
				added.add(entry);
			}

			@Override
			public void cleared() {
				cleared[0]++;
				assertEquals(0, journal.size(), "listeners are told after the entries are gone");
			}
		});
		journal.clear();
		assertEquals(1, cleared[0]);
		assertTrue(added.isEmpty());
		journal.addListener(added::add);
		journal.clear();
		assertEquals(2, cleared[0], "a lambda listener ignores clearing, the other hears it");
	}

	@Test
	void jsonExportHasMeaningAndSolution() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		JournalExport.toJson(List.of(entry(0, false), entry(1, true)), out);
		JsonNode array = Json.MAPPER.readTree(out.toByteArray());
		assertEquals(2, array.size());
		assertEquals(401, array.get(1).get("status").asInt());
		assertEquals("Authentication failed.", array.get(1).get("meaning").asText());
		assertFalse(out.toString(StandardCharsets.UTF_8).contains("Authorization"));
	}

	@Test
	void csvExportQuotesFields() throws Exception {
		StringWriter out = new StringWriter();
		JournalExport.toCsv(List.of(entry(0, true)), out);
		String[] lines = out.toString().split("\r\n");
		assertEquals(2, lines.length);
		assertTrue(lines[0].startsWith("time,profileId,profile,method,url,status"));
		assertTrue(lines[1].contains("\"Line, \"\"1\"\"\""), lines[1]);
	}

	@Test
	void curlRedactsAuthorization() {
		String curl = CurlCommand.of(entry(0, false));
		assertTrue(curl.startsWith("curl -X POST 'https://h:34568/WinCCRestService/tagManagement/Values'"), curl);
		assertTrue(curl.contains("-H 'Authorization: Basic <redacted>'"), curl);
		assertTrue(curl.contains("--data-raw '{\"variableNames\":[\"it'\\''s\"]}'"), curl);
	}
}
