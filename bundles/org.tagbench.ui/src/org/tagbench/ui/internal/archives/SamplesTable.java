package org.tagbench.ui.internal.archives;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.tagbench.core.model.ArchiveSample;
import org.tagbench.ui.internal.Messages;
import org.tagbench.ui.internal.widgets.EmptyState;
import org.tagbench.ui.internal.widgets.TabSeparated;
import org.tagbench.ui.internal.widgets.TableColumns;

/**
 * The samples of the trend in a virtual table, oldest first: time, archive, variable, value, quality.
 * Rows are made only when they scroll into view, so a hundred thousand samples cost nothing to show.
 */
public final class SamplesTable {

	/** Widget id of the table, for tests. */
	public static final String TABLE_ID = "archives.samples"; //$NON-NLS-1$

	private final Table table;
	private List<Trend.Row> rows = List.of();

	public SamplesTable(Composite parent) {
		table = new Table(parent, SWT.VIRTUAL | SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
		table.setData(EmptyState.WIDGET_ID, TABLE_ID);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		TableColumns.add(table, Messages.SamplesTable_time, 190);
		TableColumns.add(table, Messages.SamplesTable_archive, 130);
		TableColumns.add(table, Messages.SamplesTable_variable, 170);
		TableColumns.add(table, Messages.SamplesTable_value, 110);
		TableColumns.add(table, Messages.SamplesTable_quality, 70);
		table.addListener(SWT.SetData, this::fill);
	}

	/** @return the table */
	public Table getControl() {
		return table;
	}

	/** Shows these rows, keeping the scroll position when rows only were added. */
	public void show(List<Trend.Row> shown) {
		rows = List.copyOf(shown);
		table.setItemCount(rows.size());
		table.clearAll();
	}

	/** @return the rows shown */
	public List<Trend.Row> rows() {
		return rows;
	}

	/**
	 * @return the selected samples as tab-separated lines under a line of column titles, as the table
	 *         shows them, or null when none is selected
	 */
	public String selectionAsText() {
		int[] selected = table.getSelectionIndices();
		if (selected.length == 0) {
			return null;
		}
		Arrays.sort(selected);
		List<String> titles = new ArrayList<>();
		for (TableColumn column : table.getColumns()) {
			titles.add(column.getText());
		}
		List<String[]> lines = new ArrayList<>();
		for (int index : selected) {
			if (index < rows.size()) {
				lines.add(cells(rows.get(index)));
			}
		}
		return TabSeparated.withTitles(titles, lines);
	}

	private static String[] cells(Trend.Row row) {
		ArchiveSample sample = row.sample();
		return new String[] { SampleText.time(sample), row.series().archive(), row.series().variable(),
				SampleText.value(sample.value()), SampleText.quality(sample.quality()) };
	}

	private void fill(Event event) {
		TableItem item = (TableItem) event.item;
		int index = table.indexOf(item);
		if (index < 0 || index >= rows.size()) {
			return;
		}
		Trend.Row row = rows.get(index);
		ArchiveSample sample = row.sample();
		item.setText(cells(row));
		if (sample.quality() != null && sample.quality().isBad()) {
			item.setForeground(table.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		}
	}
}
