package org.tagbench.core.diagnostics;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.List;

import org.tagbench.core.internal.json.Json;

import com.fasterxml.jackson.core.JsonGenerator;

/** Writes journal entries as JSON (an array of objects) or CSV (RFC 4180). Never writes a credential. */
public final class JournalExport {

	private static final String[] COLUMNS = { "time", "profileId", "profile", "method", "url", "status", "latencyMs",
			"bytesOut", "bytesIn", "errorKind", "meaning", "solution", "detail", "requestPreview", "responsePreview" };

	private JournalExport() {
	}

	public static void toJson(List<JournalEntry> entries, OutputStream out) throws IOException {
		try (JsonGenerator json = Json.MAPPER.getFactory().createGenerator(out)) {
			json.useDefaultPrettyPrinter();
			json.writeStartArray();
			for (JournalEntry entry : entries) {
				json.writeStartObject();
				String[] values = values(entry);
				for (int i = 0; i < COLUMNS.length; i++) {
					if (i == 5 || i == 6 || i == 7 || i == 8) {
						json.writeNumberField(COLUMNS[i], Long.parseLong(values[i]));
					} else {
						json.writeStringField(COLUMNS[i], values[i]);
					}
				}
				json.writeEndObject();
			}
			json.writeEndArray();
		}
	}

	public static void toCsv(List<JournalEntry> entries, Writer out) throws IOException {
		out.write(String.join(",", COLUMNS));
		out.write("\r\n");
		for (JournalEntry entry : entries) {
			String[] values = values(entry);
			for (int i = 0; i < values.length; i++) {
				if (i > 0) {
					out.write(',');
				}
				out.write(csv(values[i]));
			}
			out.write("\r\n");
		}
		out.flush();
	}

	private static String[] values(JournalEntry e) {
		boolean failed = e.error() != null;
		return new String[] { e.time().toString(), e.profileId(), e.profileName(), e.method(), e.url(),
				Integer.toString(e.status()), Long.toString(e.latencyMs()), Long.toString(e.bytesOut()),
				Long.toString(e.bytesIn()), failed ? e.error().label() : "", failed ? e.error().meaning() : "",
				failed ? e.error().solution() : "", failed ? e.error().detail() : "", e.requestPreview(),
				e.responsePreview() };
	}

	private static String csv(String value) {
		if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
			return value;
		}
		return '"' + value.replace("\"", "\"\"") + '"';
	}
}
