package org.tagbench.ui.internal.watch;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.tagbench.core.watch.WatchItem;
import org.tagbench.core.watch.WatchModel;
import org.tagbench.ui.internal.widgets.Clipboards;
import org.tagbench.ui.internal.widgets.EmptyState;
import org.tagbench.ui.internal.widgets.LazyRows;

/**
 * The watched tags as a virtual table: only the rows on screen are filled, and a refresh refills only
 * them, so 5,000 tags cost what a screenful costs.
 */
public final class WatchTable {

	/** Widget id of the table, for tests. */
	public static final String TABLE_ID = "watch.table"; //$NON-NLS-1$

	private final WatchModel model;
	private final TableViewer viewer;
	private final LazyRows<WatchItem> rows;
	private final WatchColumns columns;

	public WatchTable(Composite parent, WatchModel model, WatchConnections connections) {
		this.model = model;
		viewer = new TableViewer(parent, SWT.VIRTUAL | SWT.MULTI | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
		Table table = viewer.getTable();
		table.setData(EmptyState.WIDGET_ID, TABLE_ID);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		WatchColumns.create(viewer);
		rows = new LazyRows<>(viewer);
		columns = new WatchColumns(model, connections);
		viewer.setUseHashlookup(true);
		viewer.setContentProvider(rows);
		viewer.setLabelProvider(columns);
		viewer.setInput(model);
	}

	/**
	 * Shows the model as it is now: the rows again when tags were added or removed, else the values of
	 * the rows on screen.
	 */
	public void refresh() {
		columns.beginRefresh();
		List<WatchItem> items = model.items();
		if (items != rows.rows()) {
			rows.show(items);
		} else {
			viewer.getTable().clearAll();
		}
	}

	/** @return the selected tags */
	public List<WatchItem> selected() {
		List<WatchItem> selected = new ArrayList<>();
		for (Object element : viewer.getStructuredSelection()) {
			if (element instanceof WatchItem item) {
				selected.add(item);
			}
		}
		return selected;
	}

	/** Copies the selected rows' tag, connection, value, quality and timestamp, tab-separated, one per line. */
	public void copySelection() {
		List<String> lines = new ArrayList<>();
		for (WatchItem item : selected()) {
			List<String> cells = new ArrayList<>();
			for (int column = WatchColumns.TAG; column <= WatchColumns.TIMESTAMP; column++) {
				cells.add(columns.getColumnText(item, column));
			}
			lines.add(String.join("\t", cells)); //$NON-NLS-1$
		}
		if (lines.isEmpty()) {
			return;
		}
		Clipboards.copy(viewer.getControl().getDisplay(), String.join(System.lineSeparator(), lines));
	}

	/** @return how many rows the table has filled since it was created */
	public long materializedRows() {
		return rows.materialized();
	}

	/** @return the connection column's text for this tag */
	public String connection(WatchItem item) {
		return columns.connection(item);
	}

	public TableViewer viewer() {
		return viewer;
	}
}
