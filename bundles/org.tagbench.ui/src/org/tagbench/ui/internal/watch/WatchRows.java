package org.tagbench.ui.internal.watch;

import java.util.List;

import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.Viewer;
import org.tagbench.core.watch.WatchItem;

/** Feeds the virtual watch table: a row gets its tag only when the table shows it. */
final class WatchRows implements ILazyContentProvider {

	private final TableViewer viewer;
	private List<WatchItem> rows = List.of();
	private long materialized;

	WatchRows(TableViewer viewer) {
		this.viewer = viewer;
	}

	/** Shows these tags; rows are filled again as the table asks for them. */
	void show(List<WatchItem> items) {
		rows = items;
		viewer.setItemCount(rows.size());
		viewer.refresh();
	}

	List<WatchItem> rows() {
		return rows;
	}

	/** @return how many rows the table has filled so far */
	long materialized() {
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
