package org.tagbench.cli.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An aligned text table with an upper-case header. The column widths come from the first rows; later
 * rows are printed at once with those widths, so that long results stream (a longer cell just pushes
 * the rest of its line to the right).
 */
final class TableWriter implements RowWriter {

	/** Rows held back to measure the columns. */
	static final int MEASURED_ROWS = 200;

	private static final String GAP = "  ";

	private final PrintStream out;
	private final List<String> header;
	private final List<List<String>> pending = new ArrayList<>();
	private int[] widths;

	TableWriter(PrintStream out, List<String> columns) {
		this.out = out;
		this.header = columns.stream().map(c -> c.toUpperCase(Locale.ROOT)).toList();
	}

	@Override
	public void row(List<?> cells) {
		List<String> texts = cells.stream().map(TableWriter::cellText).toList();
		if (widths != null) {
			print(texts);
			return;
		}
		pending.add(texts);
		if (pending.size() >= MEASURED_ROWS) {
			flushPending();
		}
	}

	private static String cellText(Object cell) {
		return Cells.text(cell).replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
	}

	private void flushPending() {
		widths = new int[header.size()];
		measure(header);
		pending.forEach(this::measure);
		print(header);
		pending.forEach(this::print);
		pending.clear();
		out.flush();
	}

	private void measure(List<String> texts) {
		for (int i = 0; i < texts.size(); i++) {
			widths[i] = Math.max(widths[i], texts.get(i).length());
		}
	}

	private void print(List<String> texts) {
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < texts.size(); i++) {
			String text = texts.get(i);
			line.append(text);
			if (i < texts.size() - 1) {
				line.append(" ".repeat(Math.max(0, widths[i] - text.length()))).append(GAP);
			}
		}
		out.println(line.toString().stripTrailing());
	}

	@Override
	public void end() {
		if (widths == null) {
			flushPending();
		}
		out.flush();
	}
}
