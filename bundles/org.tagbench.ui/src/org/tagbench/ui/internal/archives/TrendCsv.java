package org.tagbench.ui.internal.archives;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import org.tagbench.core.model.ArchiveSample;

/**
 * Writes the samples of a trend as CSV: a header, then one line per sample, oldest first, with the
 * time as the server sent it (ISO-8601), archive, variable, value and quality. Fields with a comma,
 * quote or line break are quoted.
 */
public final class TrendCsv {

	/** The header line. */
	public static final String HEADER = "timestamp,archive,variable,value,quality"; //$NON-NLS-1$

	private TrendCsv() {
	}

	/** Writes the rows to {@code out}, lines ending with CRLF as RFC 4180 says. */
	public static void write(List<Trend.Row> rows, Writer out) throws IOException {
		out.write(HEADER);
		out.write("\r\n"); //$NON-NLS-1$
		for (Trend.Row row : rows) {
			ArchiveSample sample = row.sample();
			String time = sample.timestamp() != null ? sample.timestamp().toString()
					: sample.rawTimestamp() == null ? "" : sample.rawTimestamp(); //$NON-NLS-1$
			out.write(String.join(",", field(time), field(row.series().archive()), field(row.series().variable()), //$NON-NLS-1$
					field(SampleText.value(sample.value())), field(SampleText.quality(sample.quality()))));
			out.write("\r\n"); //$NON-NLS-1$
		}
	}

	private static String field(String text) {
		if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
			return text;
		}
		return '"' + text.replace("\"", "\"\"") + '"'; //$NON-NLS-1$ //$NON-NLS-2$
	}
}
