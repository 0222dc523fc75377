package org.tagbench.ui.internal.widgets;

import java.util.List;

import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.Viewer;

/**
 * Feeds a virtual table ({@code SWT.VIRTUAL}) from a list: a row gets its element only when the table
 * shows it.
 *
 * @param <T> the type of the rows' elements
 */
public final class LazyRows<T> implements ILazyContentProvider {

	private final TableViewer viewer;
	private List<T> rows = List.of();
	private long materialized;

	public LazyRows(TableViewer viewer) {
		this.viewer = viewer;
	}

	/**
	 * Shows {@code list}; rows are filled again as the table asks for them. The table's items are cleared:
	 * a viewer refresh would only relabel each item with the element it held before, so a row would keep
	 * showing another element once the list changed.
	 */
	public void show(List<T> list) {
		rows = list;
		viewer.setItemCount(rows.size());
		viewer.getTable().clearAll();
	}

	/** @return the list shown */
	public List<T> rows() {
		return rows;
	}

	/** @return how many rows the table has asked for so far */
	public long materialized() {
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
