package org.tagbench.ui.internal.widgets;

import java.util.ArrayList;
import java.util.List;

/** Rows as text a spreadsheet pastes into columns: a line each, cells separated by tabs. */
public final class TabSeparated {

	private TabSeparated() {
	}

	/** @return a line of {@code titles}, then a line for each row */
	public static String withTitles(List<String> titles, List<String[]> rows) {
		List<String> lines = new ArrayList<>(rows.size() + 1);
		lines.add(String.join("\t", titles)); //$NON-NLS-1$
		for (String[] cells : rows) {
			lines.add(String.join("\t", cells)); //$NON-NLS-1$
		}
		return String.join(System.lineSeparator(), lines);
	}
}
