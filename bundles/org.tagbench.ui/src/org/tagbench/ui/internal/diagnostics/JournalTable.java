package org.tagbench.ui.internal.diagnostics;

import java.util.List;

import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.tagbench.core.diagnostics.JournalEntry;
import org.tagbench.ui.internal.widgets.EmptyState;
import org.tagbench.ui.internal.widgets.LazyRows;

/**
 * The journal as a virtual table, newest first: only the rows on screen are filled. Keeps the selected
 * request selected while new ones arrive.
 */
public final class JournalTable {

	/** Widget id of the table, for tests. */
	public static final String TABLE_ID = "diagnostics.table"; //$NON-NLS-1$

	private final TableViewer viewer;
	private final LazyRows<JournalEntry> rows;
	private JournalEntry selected;

	JournalTable(Composite parent) {
		viewer = new TableViewer(parent, SWT.VIRTUAL | SWT.SINGLE | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
		Table table = viewer.getTable();
		table.setData(EmptyState.WIDGET_ID, TABLE_ID);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		JournalColumns.create(viewer);
		rows = new LazyRows<>(viewer);
		viewer.setContentProvider(rows);
		viewer.setLabelProvider(new JournalColumns());
		viewer.setInput(rows);
		viewer.addSelectionChangedListener(event -> selected = selectedEntry());
	}

	/** Shows {@code snapshot}, newest first, keeping the selected request selected if it is still there. */
	void show(List<JournalEntry> snapshot) {
		JournalEntry keep = selected;
		rows.show(snapshot);
		int index = keep == null ? -1 : indexOf(snapshot, keep);
		if (index >= 0) {
			viewer.getTable().setSelection(index);
		} else if (keep != null) {
			viewer.getTable().deselectAll();
			selected = null;
		}
	}

	private static int indexOf(List<JournalEntry> snapshot, JournalEntry entry) {
		for (int i = 0; i < snapshot.size(); i++) {
			if (snapshot.get(i) == entry) {
				return i;
			}
		}
		return -1;
	}

	/** @return the selected request, or null */
	public JournalEntry selectedEntry() {
		return viewer.getStructuredSelection().getFirstElement() instanceof JournalEntry entry ? entry : null;
	}

	/** @return the requests shown, newest first */
	public List<JournalEntry> rows() {
		return rows.rows();
	}

	/** @return how many rows the table has filled since it was created */
	public long materializedRows() {
		return rows.materialized();
	}

	public TableViewer viewer() {
		return viewer;
	}
}
