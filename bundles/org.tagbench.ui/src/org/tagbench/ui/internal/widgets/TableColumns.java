package org.tagbench.ui.internal.widgets;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;

/** Adds titled columns of a given width to a table. */
public final class TableColumns {

	private TableColumns() {
	}

	/** @return a new left-aligned column at the end of {@code table}, fixed in its place */
	public static TableColumn add(Table table, String title, int width) {
		TableColumn column = new TableColumn(table, SWT.LEFT);
		column.setText(title);
		column.setWidth(width);
		return column;
	}

	/**
	 * @param alignment {@code SWT.LEFT} or {@code SWT.RIGHT}
	 * @return a new column at the end of {@code table} that the user can drag to another place
	 */
	public static TableColumn moveable(Table table, String title, int width, int alignment) {
		TableColumn column = new TableColumn(table, alignment);
		column.setText(title);
		column.setWidth(width);
		column.setMoveable(true);
		return column;
	}
}
