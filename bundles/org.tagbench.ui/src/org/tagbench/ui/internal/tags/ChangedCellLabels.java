package org.tagbench.ui.internal.tags;

import org.eclipse.jface.viewers.CellLabelProvider;
import org.eclipse.jface.viewers.ViewerCell;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;

/**
 * A column's labels that touch a cell only where its text, image or colour changes. On GTK every cell
 * update is a tree-store write whose notification computes the row's path by walking its siblings,
 * so a plain {@code ColumnLabelProvider} (text, image, font and both colours, always) made each new row
 * cost tens of walks over its folder, and so did setting "no colour" again on every update.
 */
abstract class ChangedCellLabels extends CellLabelProvider {

	abstract String getText(Object element);

	Image getImage(Object element) {
		return null;
	}

	Color getForeground(Object element) {
		return null;
	}

	@Override
	public void update(ViewerCell cell) {
		Object element = cell.getElement();
		String text = getText(element);
		if (!text.equals(cell.getText())) {
			cell.setText(text);
		}
		Image image = getImage(element);
		if (image != cell.getImage()) {
			cell.setImage(image);
		}
		Color foreground = getForeground(element);
		if (!shows(cell, foreground)) {
			cell.setForeground(foreground);
		}
	}

	/**
	 * A cell without a colour of its own reports the tree's, never null; and SWT writes a null colour to
	 * GTK each time it is set. So "no colour" counts as shown when the cell shows the tree's colour.
	 */
	private static boolean shows(ViewerCell cell, Color foreground) {
		Color wanted = foreground != null ? foreground : cell.getControl().getForeground();
		return wanted.equals(cell.getForeground());
	}
}
