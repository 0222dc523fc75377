package org.tagbench.ui.internal.tags;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;
import org.tagbench.core.names.NameChange;
import org.tagbench.core.names.TagNames;
import org.tagbench.ui.internal.Messages;

/**
 * Reads {@code name,value} lines: an optional header line ({@code name,value}), fields in double quotes
 * (with {@code ""} for a quote, and separators or line breaks inside), a leading byte order mark, and
 * semicolons instead of commas when the first line has no comma (as spreadsheets save in some locales).
 * Tag names are normalised the way core sends them.
 */
public final class ValuesCsv {

	private static final char BOM = '\uFEFF';
	private static final char QUOTE = '"';

	private ValuesCsv() {
	}

	/** @return one row per non-empty line after the header */
	public static List<CsvRow> parse(String text) {
		String content = !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
		char separator = separator(content);
		List<CsvRow> rows = new ArrayList<>();
		boolean first = true;
		int line = 1;
		int position = 0;
		while (position < content.length()) {
			List<String> fields = new ArrayList<>();
			int next = record(content, position, separator, fields);
			int start = line;
			line += lineBreaks(content, position, next);
			position = next;
			if (isBlank(fields)) {
				continue;
			}
			if (!(first && isHeader(fields))) {
				rows.add(row(start, fields));
			}
			first = false;
		}
		return rows;
	}

	private static int lineBreaks(String content, int from, int to) {
		int breaks = 0;
		for (int i = from; i < to; i++) {
			char c = content.charAt(i);
			if (c == '\n' || (c == '\r' && (i + 1 >= content.length() || content.charAt(i + 1) != '\n'))) {
				breaks++;
			}
		}
		return breaks;
	}

	private static CsvRow row(int line, List<String> fields) {
		NameChange name = TagNames.normalize(fields.get(0));
		if (fields.size() != 2) {
			return new CsvRow(line, name, fields.size() > 1 ? fields.get(1) : "", //$NON-NLS-1$
					NLS.bind(Messages.ValuesCsv_fields, Integer.valueOf(fields.size())));
		}
		if (name.normalized().isEmpty()) {
			return new CsvRow(line, name, fields.get(1), Messages.ValuesCsv_noName);
		}
		return new CsvRow(line, name, fields.get(1), null);
	}

	/** Reads one record from {@code position}; @return the position after its line break */
	private static int record(String content, int position, char separator, List<String> fields) {
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		int i = position;
		while (i < content.length()) {
			char c = content.charAt(i);
			if (quoted) {
				if (c == QUOTE && i + 1 < content.length() && content.charAt(i + 1) == QUOTE) {
					field.append(QUOTE);
					i++;
				} else if (c == QUOTE) {
					quoted = false;
				} else {
					field.append(c);
				}
			} else if (c == QUOTE) {
				quoted = true;
			} else if (c == separator) {
				fields.add(field.toString());
				field.setLength(0);
			} else if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < content.length() && content.charAt(i + 1) == '\n') {
					i++;
				}
				fields.add(field.toString());
				return i + 1;
			} else {
				field.append(c);
			}
			i++;
		}
		fields.add(field.toString());
		return i;
	}

	private static char separator(String content) {
		int end = content.indexOf('\n');
		String first = end < 0 ? content : content.substring(0, end);
		return first.indexOf(',') < 0 && first.indexOf(';') >= 0 ? ';' : ',';
	}

	private static boolean isHeader(List<String> fields) {
		return fields.size() == 2 && fields.get(0).strip().toLowerCase(Locale.ROOT).equals("name") //$NON-NLS-1$
				&& fields.get(1).strip().toLowerCase(Locale.ROOT).equals("value"); //$NON-NLS-1$
	}

	private static boolean isBlank(List<String> fields) {
		return fields.stream().allMatch(String::isBlank);
	}
}
