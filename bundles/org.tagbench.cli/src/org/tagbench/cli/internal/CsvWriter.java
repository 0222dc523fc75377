package org.tagbench.cli.internal;

import java.io.PrintStream;
import java.util.List;

/** CSV as in RFC 4180: a header row, fields quoted when they hold a comma, quote or line break. */
final class CsvWriter implements RowWriter {

	private final PrintStream out;
	private final List<String> columns;
	private boolean started;

	CsvWriter(PrintStream out, List<String> columns) {
		this.out = out;
		this.columns = List.copyOf(columns);
	}

	@Override
	public void row(List<?> cells) {
		start();
		line(cells);
	}

	private void start() {
		if (!started) {
			started = true;
			line(columns);
		}
	}

	private void line(List<?> cells) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				text.append(',');
			}
			text.append(quote(Cells.text(cells.get(i))));
		}
		out.print(text.append("\r\n"));
	}

	static String quote(String field) {
		boolean needsQuotes = field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0
				|| field.indexOf('\r') >= 0;
		return needsQuotes ? '"' + field.replace("\"", "\"\"") + '"' : field;
	}

	@Override
	public void end() {
		start();
		out.flush();
	}
}
