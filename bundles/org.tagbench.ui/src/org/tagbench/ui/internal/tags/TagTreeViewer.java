package org.tagbench.ui.internal.tags;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.IPostSelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;
import org.tagbench.ui.internal.widgets.EmptyState;

/**
 * The Tags view's tree viewer: columns, the local filter (its {@link FilterResults} shown in place of the
 * tree), opening a node (Enter or double-click), and the glue that refreshes exactly what a
 * {@link TagTree} says changed.
 */
public final class TagTreeViewer implements TagTree.Listener {

	/** Widget id of the tree, for tests. */
	public static final String TREE_ID = "tags.tree"; //$NON-NLS-1$

	private final Composite pages;
	private final StackLayout stack = new StackLayout();
	private final TreeViewer viewer;
	private final FilterResults results;
	private final SelectionSwitch selectionSwitch;
	private final TagFilter filter = new TagFilter();
	/** The selection as last told; asking the tree walks every row on GTK, too slow for each value batch. */
	private IStructuredSelection selection = StructuredSelection.EMPTY;
	private TagTree tree;

	/**
	 * @param resultLimit rows the filter results show at most
	 * @param open        called with the element the user opens
	 */
	public TagTreeViewer(Composite parent, int resultLimit, Consumer<Object> open) {
		pages = new Composite(parent, SWT.NONE);
		pages.setLayout(stack);
		// Virtual: on GTK the tree is then in fixed-height mode, so GTK does not measure every row of a
		// large open folder (in idle chunks that kept asyncExec runnables waiting 170-260 ms while scrolling);
		// and rows are labelled only when the tree shows them (LargeTreeViewer)
		viewer = new LargeTreeViewer(pages, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
		ColumnViewerToolTipSupport.enableFor(viewer);
		viewer.getTree().setData(EmptyState.WIDGET_ID, TREE_ID);
		viewer.setUseHashlookup(true);
		viewer.addOpenListener(event -> {
			Object first = ((IStructuredSelection) event.getSelection()).getFirstElement();
			if (first != null) {
				open.accept(first);
			}
		});
		results = new FilterResults(pages, resultLimit, open);
		selectionSwitch = new SelectionSwitch(viewer, results.viewer());
		selectionSwitch.addSelectionChangedListener(event -> selection = (IStructuredSelection) event.getSelection());
		stack.topControl = viewer.getControl();
	}

	/** Shows {@code tree}, or nothing when null. */
	public void setInput(TagTree tree) {
		this.tree = tree;
		results.setInput(tree);
		if (tree == null) {
			viewer.setInput(null);
			return;
		}
		if (viewer.getTree().getColumnCount() == 0) {
			TagColumns.create(viewer, tree);
		} else {
			viewer.getTree().setRedraw(false);
			for (TreeColumn column : viewer.getTree().getColumns()) {
				column.dispose();
			}
			TagColumns.create(viewer, tree);
			viewer.getTree().setRedraw(true);
		}
		viewer.setContentProvider(new TagTreeContentProvider(tree));
		viewer.setInput(tree);
	}

	/** @return the JFace viewer */
	public TreeViewer viewer() {
		return viewer;
	}

	/** @return the viewer of the filter results */
	public TreeViewer results() {
		return results.viewer();
	}

	/** @return the selection of the tree, or of the filter results while they are shown */
	public IPostSelectionProvider selectionProvider() {
		return selectionSwitch;
	}

	/** @return the control that holds the tree and the filter results */
	public Control getControl() {
		return pages;
	}

	/**
	 * Shows the loaded tags whose names match a pattern in place of the tree, or the tree, as it was, when
	 * the pattern is blank.
	 */
	public void filter(String text) {
		filter.setText(text);
		if (filter.isActive() && tree != null) {
			results.show(tree, filter);
			show(results.viewer());
		} else {
			show(viewer);
		}
	}

	private void show(TreeViewer page) {
		if (stack.topControl != page.getControl()) {
			stack.topControl = page.getControl();
			pages.layout();
			selectionSwitch.show(page);
		}
	}

	/** Opens or closes a folder or range. */
	public void toggle(TagTreeNode node) {
		viewer.setExpandedState(node, !viewer.getExpandedState(node));
	}

	/** Selects, opens and shows {@code folder} in the tree (also while the filter has text). */
	public void reveal(FolderNode folder) {
		show(viewer);
		viewer.setExpandedState(folder, true);
		viewer.reveal(folder);
		viewer.setSelection(new StructuredSelection(folder), true);
	}

	/** @return the selected nodes of a kind */
	public <T> List<T> selected(Class<T> type) {
		List<T> nodes = new ArrayList<>();
		for (Object element : (IStructuredSelection) selectionSwitch.getSelection()) {
			if (type.isInstance(element)) {
				nodes.add(type.cast(element));
			}
		}
		return nodes;
	}

	@Override
	public void folderChanged(FolderNode folder) {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		refilter();
		if (folder == null) {
			viewer.refresh();
		} else {
			// The children already shown keep their labels (values come through valuesChanged); relabelling
			// them all for every page made each page cost O(rows shown) label updates, each O(row index) in GTK.
			viewer.refresh(folder, false);
		}
	}

	/**
	 * Adds the new rows after the ones kept and swaps the trailing node, instead of refreshing the folder:
	 * a refresh visits every child, and each visit walks the folder's rows in GTK, so paging a large
	 * folder by refreshes grew quadratic.
	 */
	@Override
	public void folderGrew(FolderNode folder, int unchanged) {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		refilter();
		if (!(viewer.testFindItem(folder) instanceof TreeItem item) || !item.getExpanded() || tree == null) {
			viewer.refresh(folder, false);
			return;
		}
		List<Object> trailing = new ArrayList<>();
		TreeItem[] items = item.getItems();
		for (int i = items.length - 1; i >= 0 && isTrailing(items[i].getData()); i--) {
			trailing.add(items[i].getData());
		}
		if (!trailing.isEmpty()) {
			viewer.remove(trailing.toArray());
		}
		List<TagTreeNode> children = tree.children(folder);
		int kept = Math.min(unchanged, children.size());
		if (kept > 0 && children.get(kept - 1) instanceof RangeNode range && !showsAll(range)) {
			viewer.refresh(range, false);
			viewer.update(range, null);
		}
		viewer.add(folder, children.subList(kept, children.size()).toArray());
	}

	/**
	 * @return whether an open range already shows every child it holds: refreshing it would only visit its
	 *         rows (up to a soft limit of them, each visit a walk in GTK) for nothing
	 */
	private boolean showsAll(RangeNode range) {
		return viewer.testFindItem(range) instanceof TreeItem item && item.getExpanded()
				&& item.getItemCount() == range.children().size();
	}

	/** Shows the filter results again after loaded children changed, while the filter has text. */
	private void refilter() {
		if (filter.isActive() && tree != null) {
			results.show(tree, filter);
		}
	}

	private static boolean isTrailing(Object element) {
		return element instanceof StatusNode || element instanceof MoreNode;
	}

	@Override
	public void valuesChanged(List<TagNode> tags) {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		viewer.update(tags.toArray(), null);
		if (filter.isActive()) {
			results.valuesChanged(tags);
		}
		if (!selection.isEmpty() && tags.stream().anyMatch(selection.toList()::contains)) {
			selectionSwitch.setSelection(selection);
		}
	}
}
