package org.tagbench.ui.internal.diagnostics;

import java.util.List;

import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.Viewer;
import org.tagbench.core.diagnostics.JournalEntry;

/**
 * Feeds the virtual table from a snapshot of the filtered journal, newest first: a row gets its entry
 * only when the table shows it.
 */
final class JournalRows implements ILazyContentProvider {

	private final TableViewer viewer;
	private List<JournalEntry> rows = List.of();
	private int materialized;

	JournalRows(TableViewer viewer) {
		this.viewer = viewer;
	}

	/**
	 * Shows {@code snapshot}; rows are filled again as the table asks for them. The table's items are
	 * cleared: a viewer refresh would only relabel each item with the entry it held before, so a row would
	 * keep showing an older request once newer ones are put on top.
	 */
	void show(List<JournalEntry> snapshot) {
		rows = snapshot;
		viewer.setItemCount(rows.size());
		viewer.getTable().clearAll();
	}

	List<JournalEntry> rows() {
		return rows;
	}

	/** @return how many rows the table has asked for so far */
	int materialized() {
		return materialized;
	}

	@Override
	public void updateElement(int index) {
		if (index < rows.size()) {
			materialized++;
			viewer.replace(rows.get(index), index);
		}
	}

	@Override
	public void inputChanged(Viewer changed, Object oldInput, Object newInput) {
		rows = List.of();
	}
}
