package org.tagbench.core.watch;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.function.Function;

import org.tagbench.core.model.TagValue;

/**
 * Writes captured values as CSV (RFC 4180, a header row, CRLF line ends), one row per sample, oldest first:
 * when it was polled, the connection, the tag, the value, the quality (code and text as sent), the server's
 * timestamp, how the item came back and the error if any.
 */
public final class WatchCsv {

	/** The header row. */
	public static final List<String> COLUMNS = List.of("polled", "connection", "tag", "value", "qualityCode",
			"quality", "timestamp", "status", "error");

	private WatchCsv() {
	}

	/**
	 * @param profileNames the name to write for a profile id (the id itself when unknown)
	 */
	public static void write(List<WatchSample> samples, Function<String, String> profileNames, Writer out)
			throws IOException {
		row(out, COLUMNS);
		for (WatchSample sample : samples) {
			TagValue value = sample.value();
			String name = profileNames.apply(sample.item().profileId());
			String error = value.failure() != null ? value.failure().label() + ": " + value.failure().meaning()
					: value.errorText();
			row(out, List.of(sample.polledAt().toString(), name == null ? sample.item().profileId() : name,
					sample.item().tag(), value.value() == null ? "" : String.valueOf(value.value()),
					value.quality() == null ? "" : Integer.toString(value.quality().code()),
					value.quality() == null ? "" : value.quality().raw(),
					value.timestamp() != null ? value.timestamp().toString()
							: value.rawTimestamp() == null ? "" : value.rawTimestamp(),
					value.status().name(), error));
		}
		out.flush();
	}

	private static void row(Writer out, List<String> cells) throws IOException {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				out.write(',');
			}
			out.write(quote(cells.get(i)));
		}
		out.write("\r\n");
	}

	private static String quote(String value) {
		if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
			return value;
		}
		return '"' + value.replace("\"", "\"\"") + '"';
	}
}
