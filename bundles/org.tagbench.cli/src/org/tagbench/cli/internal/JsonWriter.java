package org.tagbench.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;

/** A JSON array of objects, one per row, keyed by the column names; written as the rows come. */
final class JsonWriter implements RowWriter {

	private final PrintStream out;
	private final List<String> columns;
	private JsonGenerator json;

	JsonWriter(PrintStream out, List<String> columns) {
		this.out = out;
		this.columns = List.copyOf(columns);
	}

	private void start() throws IOException {
		if (json == null) {
			json = Cells.MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8)
					.setPrettyPrinter(new DefaultPrettyPrinter())
					.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
			json.writeStartArray();
		}
	}

	@Override
	public void row(List<?> cells) {
		try {
			start();
			json.writeStartObject();
			for (int i = 0; i < columns.size(); i++) {
				json.writeFieldName(columns.get(i));
				Object cell = cells.get(i);
				if (cell instanceof Instant instant) {
					json.writeString(instant.toString());
				} else {
					json.writeObject(cell);
				}
			}
			json.writeEndObject();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public void end() {
		try {
			start();
			json.writeEndArray();
			json.writeRaw(System.lineSeparator());
			json.close();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
