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
import org.eclipse.swt.widgets.TreeColumn;
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
		viewer.setInput(List.of());
	}

	/** Shows the loaded tags of {@code tree} that {@code filter} lets through. */
	void show(TagTree tree, TagFilter filter) {
		TagFilter.Matches matches = filter.matches(tree.roots(), limit);
		List<TagTreeNode> rows = new ArrayList<>(matches.first());
		Integer total = Integer.valueOf(matches.total());
		rows.add(StatusNode.note(matches.total() > limit ? NLS.bind(Messages.TagsView_filterTruncated, Integer.valueOf(limit), total)
				: NLS.bind(Messages.TagsView_filterMatches, total)));
		viewer.getTree().setRedraw(false);
		try {
			viewer.setInput(rows);
		} finally {
			viewer.getTree().setRedraw(true);
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
