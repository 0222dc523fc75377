package org.tagbench.ui.internal.tags;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.tagbench.core.client.WinccClient;
import org.tagbench.ui.internal.Messages;
import org.tagbench.ui.internal.TagbenchUiPlugin;
import org.tagbench.ui.internal.widgets.Clipboards;
import org.tagbench.ui.internal.widgets.EmptyState;

/**
 * The Tags view's page: a filter field over what the tree has loaded (Enter searches the runtime) and the
 * lazy tag tree of the open connection, with what the view's commands do to the selection there: fetch
 * again, read values, change the favourites, copy.
 */
public final class TagsParts {

	private final Favourites favourites = new Favourites(TagbenchUiPlugin.getDefault().getDialogSettings(),
			TagbenchUiPlugin::saveSettings);
	private final Composite control;
	private final Text filter;
	private final TagTreeViewer viewer;
	private final int softLimit;
	private final Consumer<TagNode> write;
	private TagTree tree;

	/**
	 * @param filterId    widget id of the filter field, for tests
	 * @param softLimit   children shown at once in a folder before a "show next" node
	 * @param filterLimit matching tags the filter lists at most
	 * @param write       asks for and writes a new value of a tag opened in the tree
	 */
	public TagsParts(Composite parent, String filterId, int softLimit, int filterLimit, Consumer<TagNode> write) {
		this.softLimit = softLimit;
		this.write = write;
		control = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(control);
		filter = new Text(control, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		filter.setMessage(Messages.TagsView_filterHint);
		filter.setData(EmptyState.WIDGET_ID, filterId);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
		viewer = new TagTreeViewer(control, filterLimit, this::open);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
		filter.addListener(SWT.Modify, e -> viewer.filter(filter.getText()));
		filter.addListener(SWT.DefaultSelection, e -> searchServer());
	}

	/** Shows the tree of {@code client}'s connection, of the profile with id {@code profileId}. */
	public void opened(WinccClient client, String profileId) {
		filter.setText(""); //$NON-NLS-1$
		tree = new TagTree(client, softLimit, viewer, () -> favourites.names(profileId));
		viewer.setInput(tree);
		viewer.viewer().setExpandedState(tree.roots().get(0), true);
	}

	/** Forgets the tree shown, if any, and cancels its fetches. */
	public void closed() {
		if (tree != null) {
			tree.dispose();
			tree = null;
			viewer.setInput(null);
		}
	}

	private void open(Object element) {
		if (element instanceof MoreNode more) {
			tree.showMore(more);
		} else if (element instanceof TagNode tag) {
			write.accept(tag);
		} else if (element instanceof FolderNode || element instanceof RangeNode) {
			viewer.toggle((TagTreeNode) element);
		}
	}

	private void searchServer() {
		String pattern = filter.getText().strip();
		if (tree != null && !pattern.isEmpty()) {
			viewer.reveal(tree.search(pattern));
		}
	}

	/** Fetches the selected folders again, or everything when nothing is selected. */
	public void refresh() {
		if (tree == null) {
			return;
		}
		List<FolderNode> folders = viewer.selected(FolderNode.class);
		if (folders.isEmpty()) {
			tree.refresh(null);
		} else {
			folders.forEach(tree::refresh);
		}
	}

	/** Puts the cursor in the filter field. */
	public void focusFilter() {
		filter.setFocus();
		filter.selectAll();
	}

	/** Reads the current values of the selected tags. */
	public void readSelected() {
		if (tree != null) {
			tree.readValues(viewer.selected(TagNode.class));
		}
	}

	/** Adds the selected tags to the favourites of the profile with id {@code profileId}. */
	public void addToFavourites(String profileId) {
		changeFavourites(names -> favourites.add(profileId, names));
	}

	/** Removes the selected tags from the favourites of the profile with id {@code profileId}. */
	public void removeFromFavourites(String profileId) {
		changeFavourites(names -> favourites.remove(profileId, names));
	}

	private void changeFavourites(Consumer<List<String>> change) {
		List<String> names = viewer.selected(TagNode.class).stream().map(TagNode::name).distinct().toList();
		if (tree != null && !names.isEmpty()) {
			change.accept(names);
			tree.favouritesChanged();
		}
	}

	/** Copies the selected tags' names, values, qualities and timestamps, tab-separated, one per line. */
	public void copySelection() {
		IStructuredSelection selection = (IStructuredSelection) viewer.selectionProvider().getSelection();
		List<String> lines = new ArrayList<>();
		for (Object element : selection) {
			if (element instanceof TagNode tag) {
				lines.add(String.join("\t", tag.name(), TagValueText.value(tag.value()), //$NON-NLS-1$
						TagValueText.quality(tag.value()), TagValueText.timestamp(tag.value())));
			} else if (element instanceof FolderNode folder) {
				lines.add(folder.label());
			}
		}
		if (!lines.isEmpty()) {
			Clipboards.copy(control.getDisplay(), String.join(System.lineSeparator(), lines));
		}
	}

	public Composite getControl() {
		return control;
	}

	/** @return the tree of the connection shown, or null while none is open */
	public TagTree tree() {
		return tree;
	}

	public TagTreeViewer viewer() {
		return viewer;
	}
}
