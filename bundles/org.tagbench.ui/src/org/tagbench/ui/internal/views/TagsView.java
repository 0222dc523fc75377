package org.tagbench.ui.internal.views;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.tabbed.ITabbedPropertySheetPageContributor;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;
import org.tagbench.core.model.WriteResult;
import org.tagbench.core.model.WriteStatus;
import org.tagbench.ui.internal.Messages;
import org.tagbench.ui.internal.TagbenchUiPlugin;
import org.tagbench.ui.internal.connections.ConnectionSession;
import org.tagbench.ui.internal.tags.CsvWriter;
import org.tagbench.ui.internal.tags.Favourites;
import org.tagbench.ui.internal.tags.FolderNode;
import org.tagbench.ui.internal.tags.MoreNode;
import org.tagbench.ui.internal.tags.RangeNode;
import org.tagbench.ui.internal.tags.TagNode;
import org.tagbench.ui.internal.tags.TagTree;
import org.tagbench.ui.internal.tags.TagTreeNode;
import org.tagbench.ui.internal.tags.TagTreeViewer;
import org.tagbench.ui.internal.tags.TagValueText;
import org.tagbench.ui.internal.tags.TagWriter;
import org.tagbench.ui.internal.watch.TagDrag;
import org.tagbench.ui.internal.widgets.EmptyState;

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

	private final Favourites favourites = new Favourites(TagbenchUiPlugin.getDefault().getDialogSettings(),
			TagbenchUiPlugin::saveSettings);
	private Composite treePage;
	private Text filter;
	private TagTreeViewer viewer;
	private TagTree tree;

	public TagsView() {
		super(EMPTY_STATE_ID, Messages.TagsView_emptyTitle, Messages.TagsView_emptyHint, Messages.TagsView_connectionHint);
	}

	@Override
	protected Control createMainPage(Composite parent) {
		treePage = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(treePage);
		filter = new Text(treePage, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		filter.setMessage(Messages.TagsView_filterHint);
		filter.setData(EmptyState.WIDGET_ID, FILTER_ID);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
		viewer = new TagTreeViewer(treePage, FILTER_LIMIT, this::open);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
		filter.addListener(SWT.Modify, e -> viewer.filter(filter.getText()));
		filter.addListener(SWT.DefaultSelection, e -> searchServer());
		getSite().setSelectionProvider(viewer.selectionProvider());
		TagDrag.install(viewer.viewer(), this::shown);
		TagDrag.install(viewer.results(), this::shown);
		contextMenu();
		return treePage;
	}

	@Override
	protected Control focusControl() {
		return viewer.getControl();
	}

	private void contextMenu() {
		MenuManager menu = new MenuManager();
		menu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		TreeViewer tagViewer = viewer.viewer();
		tagViewer.getControl().setMenu(menu.createContextMenu(tagViewer.getControl()));
		viewer.results().getControl().setMenu(tagViewer.getControl().getMenu());
		getSite().registerContextMenu(menu, viewer.selectionProvider());
	}

	/** @return the tree of the connection shown, or null while none is open */
	public TagTree tree() {
		return tree;
	}

	/** @return the viewer, for commands and tests */
	public TreeViewer viewer() {
		return viewer.viewer();
	}

	/** @return the viewer of the filter results, shown in place of the tree while the filter has text */
	public TreeViewer filterResults() {
		return viewer.results();
	}

	@Override
	protected void opened(ConnectionSession open) {
		filter.setText(""); //$NON-NLS-1$
		String profileId = shown().profile().id();
		tree = new TagTree(open.client(), SOFT_LIMIT, viewer, () -> favourites.names(profileId));
		viewer.setInput(tree);
		viewer.viewer().setExpandedState(tree.roots().get(0), true);
	}

	@Override
	protected void closed() {
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
			write(tag);
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

	/** Asks for and writes a new value of the selected tag. */
	public void writeSelected() {
		List<TagNode> tags = viewer.selected(TagNode.class);
		if (tags.size() == 1) {
			write(tags.get(0));
		}
	}

	private void write(TagNode tag) {
		if (tree == null || session() == null) {
			return;
		}
		TagTree writtenIn = tree;
		TagWriter.write(getSite().getShell(), shown().profile(), session().client(), tag, result -> written(writtenIn, tag, result));
	}

	private void written(TagTree writtenIn, TagNode tag, WriteResult result) {
		if (writtenIn != tree) {
			return;
		}
		if (result.readBack() != null) {
			tree.putValue(result.readBack());
			viewer.valuesChanged(List.of(tag));
		}
		boolean taken = result.status() != WriteStatus.FAILED && result.status() != WriteStatus.UNKNOWN;
		getViewSite().getActionBars().getStatusLineManager().setMessage(taken
				? NLS.bind(Messages.TagsView_written, new Object[] { result.name(), TagValueText.value(result.readBack()),
						result.status().name().toLowerCase(Locale.ROOT) })
				: NLS.bind(Messages.TagsView_notWritten, result.name(), result.error() == null ? "" : result.error().meaning())); //$NON-NLS-1$
		TagWriter.report(getSite().getShell(), result);
	}

	/** Adds the selected tags to the favourites of the profile shown. */
	public void addSelectedToFavourites() {
		List<String> names = selectedNames();
		if (tree != null && !names.isEmpty()) {
			favourites.add(shown().profile().id(), names);
			tree.favouritesChanged();
		}
	}

	/** Removes the selected tags from the favourites of the profile shown. */
	public void removeSelectedFromFavourites() {
		List<String> names = selectedNames();
		if (tree != null && !names.isEmpty()) {
			favourites.remove(shown().profile().id(), names);
			tree.favouritesChanged();
		}
	}

	private List<String> selectedNames() {
		return viewer.selected(TagNode.class).stream().map(TagNode::name).distinct().toList();
	}

	/** Writes the values of a CSV file, asked for with {@code file}, after a preview and a confirmation. */
	public void writeFromCsv(Supplier<String> file) {
		if (tree == null || session() == null) {
			return;
		}
		TagTree writtenIn = tree;
		CsvWriter.write(getSite().getShell(), shown().profile(), session().client(), file, results -> {
			if (writtenIn == tree) {
				results.stream().map(WriteResult::readBack).filter(Objects::nonNull).forEach(tree::putValue);
				viewer.folderChanged(null);
			}
		});
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
		if (lines.isEmpty()) {
			return;
		}
		Clipboard clipboard = new Clipboard(getSite().getShell().getDisplay());
		try {
			clipboard.setContents(new Object[] { String.join(System.lineSeparator(), lines) },
					new Transfer[] { TextTransfer.getInstance() });
		} finally {
			clipboard.dispose();
		}
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
