package org.tagbench.ui.internal.views;

import java.util.List;
import java.util.function.Supplier;

import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.tabbed.ITabbedPropertySheetPageContributor;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;
import org.tagbench.ui.internal.Messages;
import org.tagbench.ui.internal.connections.ConnectionSession;
import org.tagbench.ui.internal.tags.TagNode;
import org.tagbench.ui.internal.tags.TagTree;
import org.tagbench.ui.internal.tags.TagWrites;
import org.tagbench.ui.internal.tags.TagsParts;
import org.tagbench.ui.internal.watch.TagDrag;

/**
 * The Tags view: the lazy tag tree of the connection chosen with "Open in Tags View", with a filter
 * over what is loaded (Enter searches the runtime). Until a connection is open it says how to open one.
 * Commands (refresh, copy, find, write, read) are handlers in plugin.xml that call this view.
 */
public class TagsView extends ProfileViewPart implements ITabbedPropertySheetPageContributor {

	/** Widget id of the empty state, for tests. */
	public static final String EMPTY_STATE_ID = "tags.empty"; //$NON-NLS-1$
	/** Widget id of the filter field, for tests. */
	public static final String FILTER_ID = "tags.filter"; //$NON-NLS-1$
	/** Children shown at once in a folder before a "show next" node; also the page size asked for. */
	public static final int SOFT_LIMIT = 1000;
	/**
	 * Matching tags the filter lists at most: a few screens, and few enough rows for the list to change
	 * within 50 ms on each keystroke over 100,000 loaded names (1,000 rows took about 190 ms, 200 rows 65 ms).
	 */
	public static final int FILTER_LIMIT = 100;

	private TagsParts parts;
	private TagWrites writes;

	public TagsView() {
		super(EMPTY_STATE_ID, Messages.TagsView_emptyTitle, Messages.TagsView_emptyHint, Messages.TagsView_connectionHint);
	}

	@Override
	protected Control createMainPage(Composite parent) {
		parts = new TagsParts(parent, FILTER_ID, SOFT_LIMIT, FILTER_LIMIT, this::write);
		writes = new TagWrites(parts, getViewSite());
		getSite().setSelectionProvider(parts.viewer().selectionProvider());
		TagDrag.install(viewer(), this::shown);
		TagDrag.install(filterResults(), this::shown);
		ViewContextMenu.register(getSite(), parts.viewer().selectionProvider(), viewer().getControl(),
				filterResults().getControl());
		return parts.getControl();
	}

	@Override
	protected Control focusControl() {
		return parts.viewer().getControl();
	}

	/** @return the tree of the connection shown, or null while none is open */
	public TagTree tree() {
		return parts.tree();
	}

	/** @return the viewer, for commands and tests */
	public TreeViewer viewer() {
		return parts.viewer().viewer();
	}

	/** @return the viewer of the filter results, shown in place of the tree while the filter has text */
	public TreeViewer filterResults() {
		return parts.viewer().results();
	}

	@Override
	protected void opened(ConnectionSession open) {
		parts.opened(open.client(), shown().profile().id());
	}

	@Override
	protected void closed() {
		parts.closed();
	}

	/** Fetches the selected folders again, or everything when nothing is selected. */
	public void refresh() {
		parts.refresh();
	}

	/** Puts the cursor in the filter field. */
	public void focusFilter() {
		parts.focusFilter();
	}

	/** Reads the current values of the selected tags. */
	public void readSelected() {
		parts.readSelected();
	}

	/** Asks for and writes a new value of the selected tag. */
	public void writeSelected() {
		List<TagNode> tags = parts.viewer().selected(TagNode.class);
		if (tags.size() == 1) {
			write(tags.get(0));
		}
	}

	private void write(TagNode tag) {
		if (session() != null) {
			writes.write(shown().profile(), session().client(), tag);
		}
	}

	/** Writes the values of a CSV file, asked for with {@code file}, after a preview and a confirmation. */
	public void writeFromCsv(Supplier<String> file) {
		if (session() != null) {
			writes.writeFromCsv(shown().profile(), session().client(), file);
		}
	}

	/** Adds the selected tags to the favourites of the profile shown. */
	public void addSelectedToFavourites() {
		if (shown() != null) {
			parts.addToFavourites(shown().profile().id());
		}
	}

	/** Removes the selected tags from the favourites of the profile shown. */
	public void removeSelectedFromFavourites() {
		if (shown() != null) {
			parts.removeFromFavourites(shown().profile().id());
		}
	}

	/** Copies the selected tags' names, values, qualities and timestamps, tab-separated, one per line. */
	public void copySelection() {
		parts.copySelection();
	}

	@Override
	public String getContributorId() {
		return getSite().getId();
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == IPropertySheetPage.class) {
			return adapter.cast(new TabbedPropertySheetPage(this));
		}
		return super.getAdapter(adapter);
	}
}
