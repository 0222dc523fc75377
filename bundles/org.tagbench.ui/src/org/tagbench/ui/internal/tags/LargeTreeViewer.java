package org.tagbench.ui.internal.tags;

import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Item;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.swt.widgets.Widget;

/**
 * A tree viewer over a virtual tree ({@code SWT.VIRTUAL}) with an ordinary tree content provider, for
 * folders of thousands of rows and trees of 100,000:
 * <ul>
 * <li>It writes a row's labels only once the tree asks for them: SWT sends {@code SWT.SetData} for a row the
 * first time it is painted or its text, colour, bounds or children are read. Until then creating the row or
 * updating its element (new values) writes nothing; when asked, the row gets the labels of its element as
 * they are then. So opening a range of 1,000 rows, or the values of a page of 1,000 tags, write the few
 * dozen rows on screen instead of all of them: each written cell is a tree-store write whose notification
 * walks the row's siblings on GTK, and each row asked for is found by such a walk too.</li>
 * <li>When one change (opening a node, adding or refreshing children) creates more than a few rows, it
 * creates the rest with the tree's redraw off. On GTK the tree keeps its items in an array that grows by 4
 * slots at a time while redraw is on (each time a copy of the whole array, after a scan of it for a free
 * slot) and by half while it is off: with 90,000 rows in the tree, adding 1,000 copied it 250 times.</li>
 * </ul>
 */
final class LargeTreeViewer extends TreeViewer {

	/** Set on an item once the tree asked for its labels; from then on it is written as any other. */
	private static final String ASKED = "tagbench.labelsAsked"; //$NON-NLS-1$
	/** The slots the tree's item array grows by with redraw on: more new rows than that turn redraw off. */
	private static final int GROWTH_WITH_REDRAW = 4;
	/** Rows created so far by the change running ({@link #change}), -1 outside one. */
	private int created = -1;

	LargeTreeViewer(Composite parent, int style) {
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
	 * count, which asks for the row's labels. Past a few rows of one change, the rest are created with the
	 * tree's redraw off.
	 */
	@Override
	protected void createTreeItem(Widget parent, Object element, int index) {
		if (created >= 0 && ++created == GROWTH_WITH_REDRAW + 1) {
			getTree().setRedraw(false);
		}
		if (isExpandable(element)) {
			super.createTreeItem(parent, element, index);
		} else {
			updateItem(newItem(parent, SWT.NULL, index), element);
		}
	}

	@Override
	protected void createChildren(Widget widget) {
		change(() -> super.createChildren(widget));
	}

	@Override
	protected void internalAdd(Widget widget, Object parent, Object[] children) {
		change(() -> super.internalAdd(widget, parent, children));
	}

	@Override
	protected void internalRefreshStruct(Widget widget, Object element, boolean updateLabels) {
		change(() -> super.internalRefreshStruct(widget, element, updateLabels));
	}

	/** Runs a change that may create rows, counting them; turns redraw on again if they turned it off. */
	private void change(Runnable change) {
		if (created >= 0) {
			change.run();
			return;
		}
		created = 0;
		try {
			change.run();
		} finally {
			if (created > GROWTH_WITH_REDRAW && !getTree().isDisposed()) {
				getTree().setRedraw(true);
			}
			created = -1;
		}
	}
}
