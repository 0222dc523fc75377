package org.tagbench.ui.internal.tags;

import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Item;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.swt.widgets.Widget;

/**
 * A tree viewer over a virtual tree ({@code SWT.VIRTUAL}) with an ordinary tree content provider that
 * writes a row's labels only once the tree asks for them: SWT sends {@code SWT.SetData} for a row the
 * first time it is painted or its text, colour, bounds or children are read. Until then creating the row
 * or updating its element (new values) writes nothing; when asked, the row gets the labels of its element
 * as they are then. So opening a range of 1,000 rows, or the values of a page of 1,000 tags, write the few
 * dozen rows on screen instead of all of them: each written cell is a tree-store write whose notification
 * walks the row's siblings on GTK, and each row asked for is found by such a walk too.
 */
final class OnDemandLabelsViewer extends TreeViewer {

	/** Set on an item once the tree asked for its labels; from then on it is written as any other. */
	private static final String ASKED = "tagbench.labelsAsked"; //$NON-NLS-1$

	OnDemandLabelsViewer(Composite parent, int style) {
		super(parent, style | SWT.VIRTUAL);
		getTree().addListener(SWT.SetData, event -> {
			TreeItem item = (TreeItem) event.item;
			item.setData(ASKED, Boolean.TRUE);
			Object element = item.getData();
			if (element != null) {
				super.doUpdateItem(item, element);
			}
		});
	}

	@Override
	protected void doUpdateItem(Item item, Object element) {
		if (item.getData(ASKED) != null) {
			super.doUpdateItem(item, element);
		}
	}

	/**
	 * A new row without children needs no expand arrow: JFace's check for one would read the row's child
	 * count, which asks for the row's labels.
	 */
	@Override
	protected void createTreeItem(Widget parent, Object element, int index) {
		if (isExpandable(element)) {
			super.createTreeItem(parent, element, index);
		} else {
			updateItem(newItem(parent, SWT.NULL, index), element);
		}
	}
}
