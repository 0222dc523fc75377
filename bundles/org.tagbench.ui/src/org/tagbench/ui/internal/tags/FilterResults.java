package org.tagbench.ui.internal.tags;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;
import org.tagbench.ui.internal.Messages;
import org.tagbench.ui.internal.widgets.EmptyState;

/**
 * What the Tags view shows in place of its tree while the filter has text: the loaded tags whose names
 * match, in a flat list of at most a limit of rows, then a line that says how many match. The tree stays
 * as it was (rows, open folders) and comes back when the filter is cleared: filtering a tree that shows
 * 100,000 rows in place took and put back every row, one GTK operation each.
 */
final class FilterResults {

	/** Widget id of the result list, for tests. */
	static final String RESULTS_ID = "tags.filterResults"; //$NON-NLS-1$

	private final TreeViewer viewer;
	private final int limit;
	private final List<TagTreeNode> rows = new ArrayList<>();

	/** @param open called with the element the user opens */
	FilterResults(Composite parent, int limit, Consumer<Object> open) {
		this.limit = limit;
		viewer = new TreeViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
		viewer.getTree().setData(EmptyState.WIDGET_ID, RESULTS_ID);
		viewer.setUseHashlookup(true);
		viewer.setContentProvider(new Rows());
		viewer.addOpenListener(event -> {
			Object first = ((IStructuredSelection) event.getSelection()).getFirstElement();
			if (first instanceof TagNode) {
				open.accept(first);
			}
		});
	}

	TreeViewer viewer() {
		return viewer;
	}

	/** Labels the columns for {@code tree}'s values; shows nothing until {@link #show}. */
	void setInput(TagTree tree) {
		viewer.getTree().setRedraw(false);
		for (TreeColumn column : viewer.getTree().getColumns()) {
			column.dispose();
		}
		if (tree != null) {
			TagColumns.create(viewer, tree);
		}
		viewer.getTree().setRedraw(true);
		rows.clear();
		viewer.setInput(rows);
	}

	/**
	 * Shows the loaded tags of {@code tree} that {@code filter} lets through. The rows change in place: a
	 * page that arrives while the filter has text keeps the rows, the row on top and the selection (and
	 * changes nothing when it brings no new match); rows of a new filter text start at the top.
	 */
	void show(TagTree tree, TagFilter filter) {
		TagFilter.Matches matches = filter.matches(tree.roots(), limit);
		List<TagTreeNode> next = new ArrayList<>(matches.first());
		Integer total = Integer.valueOf(matches.total());
		next.add(StatusNode.note(matches.total() > limit ? NLS.bind(Messages.TagsView_filterTruncated, Integer.valueOf(limit), total)
				: NLS.bind(Messages.TagsView_filterMatches, total)));
		if (next.equals(rows)) {
			return;
		}
		replaceRows(next);
	}

	/** Changes the rows in place; the row on top stays on top while it is listed, else the list starts at its top. */
	private void replaceRows(List<TagTreeNode> next) {
		Tree list = viewer.getTree();
		TreeItem top = list.getTopItem();
		int topWas = top == null ? -1 : rows.indexOf(top.getData());
		int topNow = top == null ? -1 : next.indexOf(top.getData());
		rows.clear();
		rows.addAll(next);
		viewer.refresh();
		if (topNow != topWas && list.getItemCount() > 0) {
			list.setTopItem(list.getItem(Math.max(0, topNow)));
		}
	}

	/** Updates the rows of these tags where shown. */
	void valuesChanged(List<TagNode> tags) {
		viewer.update(tags.toArray(), null);
	}

	/** The rows of a flat list: the elements of the input, which have no children. */
	private static final class Rows implements ITreeContentProvider {

		@Override
		public Object[] getElements(Object input) {
			return ((List<?>) input).toArray();
		}

		@Override
		public Object[] getChildren(Object parent) {
			return new Object[0];
		}

		@Override
		public Object getParent(Object element) {
			return null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return false;
		}
	}
}
