package org.tagbench.ui.internal.alarms;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.tagbench.core.model.AlarmMessage;
import org.tagbench.ui.internal.widgets.Clipboards;
import org.tagbench.ui.internal.widgets.EmptyState;
import org.tagbench.ui.internal.widgets.LazyRows;
import org.tagbench.ui.internal.widgets.TabSeparated;
import org.tagbench.ui.internal.widgets.TableColumns;

/**
 * The messages of one runtime list as a virtual table: only the rows on screen are filled. A click on a
 * column header sorts by it, a second click reverses, a third restores the server's order (newest first).
 */
public final class MessageTable {

	/** Widget id of the table, for tests. */
	public static final String TABLE_ID = "alarms.table"; //$NON-NLS-1$

	private final TableViewer viewer;
	private List<AlarmMessage> received = List.of();
	private final LazyRows<AlarmMessage> rows;
	private MessageColumn sortColumn;
	private boolean ascending = true;

	MessageTable(Composite parent) {
		viewer = new TableViewer(parent, SWT.VIRTUAL | SWT.MULTI | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
		Table table = viewer.getTable();
		table.setData(EmptyState.WIDGET_ID, TABLE_ID);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		for (MessageColumn column : MessageColumn.values()) {
			int alignment = column == MessageColumn.NUMBER || column == MessageColumn.COUNT
					|| column == MessageColumn.VALUE ? SWT.RIGHT : SWT.LEFT;
			TableColumns.moveable(table, column.title(), column.width(), alignment)
					.addListener(SWT.Selection, event -> sortBy(column));
		}
		rows = new LazyRows<>(viewer);
		viewer.setContentProvider(rows);
		viewer.setLabelProvider(new MessageLabels());
		viewer.setInput(this);
	}

	/** Shows {@code messages} in the sort chosen, keeping selected the messages that are still there. */
	void show(List<AlarmMessage> messages) {
		received = List.copyOf(messages);
		apply();
	}

	/**
	 * Sorts by {@code column}: the first click ascending, the second descending, the third back to the
	 * server's order. Null goes back to the server's order at once.
	 */
	public void sortBy(MessageColumn column) {
		Table table = viewer.getTable();
		if (column == null || column == sortColumn && !ascending) {
			sortColumn = null;
			table.setSortColumn(null);
			table.setSortDirection(SWT.NONE);
		} else {
			ascending = column != sortColumn;
			sortColumn = column;
			table.setSortColumn(table.getColumn(column.ordinal()));
			table.setSortDirection(ascending ? SWT.UP : SWT.DOWN);
		}
		apply();
	}

	private void apply() {
		List<AlarmMessage> sorted = new ArrayList<>(received);
		if (sortColumn != null) {
			Comparator<AlarmMessage> order = sortColumn.comparator();
			sorted.sort(ascending ? order : order.reversed());
		}
		List<AlarmMessage> keep = selected();
		Table table = viewer.getTable();
		table.deselectAll();
		rows.show(sorted);
		List<Integer> indices = new ArrayList<>();
		for (AlarmMessage message : keep) {
			int index = sorted.indexOf(message);
			if (index >= 0) {
				indices.add(index);
			}
		}
		table.select(indices.stream().mapToInt(Integer::intValue).toArray());
	}

	/** @return the messages shown, in the table's order */
	public List<AlarmMessage> rows() {
		return rows.rows();
	}

	/** @return the selected messages, in the table's order */
	public List<AlarmMessage> selected() {
		List<AlarmMessage> selected = new ArrayList<>();
		List<AlarmMessage> shown = rows.rows();
		for (int index : viewer.getTable().getSelectionIndices()) {
			if (index < shown.size()) {
				selected.add(shown.get(index));
			}
		}
		return selected;
	}

	/** Copies the selected messages as tab-separated lines with a header, as the table shows them. */
	void copySelection() {
		List<AlarmMessage> selected = selected();
		if (selected.isEmpty()) {
			return;
		}
		List<String> titles = new ArrayList<>();
		for (MessageColumn column : MessageColumn.values()) {
			titles.add(column.title());
		}
		List<String[]> rows = new ArrayList<>();
		for (AlarmMessage message : selected) {
			String[] cells = new String[titles.size()];
			for (MessageColumn column : MessageColumn.values()) {
				cells[column.ordinal()] = column.text(message);
			}
			rows.add(cells);
		}
		Clipboards.copy(viewer.getControl().getDisplay(), TabSeparated.withTitles(titles, rows));
	}

	public TableViewer viewer() {
		return viewer;
	}
}
