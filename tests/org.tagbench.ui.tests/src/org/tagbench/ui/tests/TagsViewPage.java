package org.tagbench.ui.tests;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.viewers.CellLabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeItem;
import org.tagbench.core.profiles.ConnectionProfile;
import org.tagbench.tests.support.Jobs;
import org.tagbench.tests.support.UiWait;
import org.tagbench.tests.support.WidgetDriver;
import org.tagbench.ui.TagbenchUi;
import org.tagbench.ui.internal.jobs.TagbenchJobs;
import org.tagbench.ui.internal.nodes.ProfileNode;
import org.tagbench.ui.internal.tags.FolderNode;
import org.tagbench.ui.internal.tags.TagNode;
import org.tagbench.ui.internal.tags.TagTreeNode;
import org.tagbench.ui.internal.views.TagsView;
import org.tagbench.ui.internal.widgets.EmptyState;

/** Drives the Tags view: shows a connection, opens folders, filters, searches, runs its commands. */
public final class TagsViewPage {

	private static final Duration LOAD = Duration.ofSeconds(20);

	private final WorkbenchFixture workbench;
	private final TagsView view;

	private TagsViewPage(WorkbenchFixture workbench, TagsView view) {
		this.workbench = workbench;
		this.view = view;
	}

	/** Adds the profile to a new project, connects it and shows it in the Tags view. */
	public static TagsViewPage connect(String project, ConnectionProfile profile) throws Exception {
		ProfileNode node = Profiles.connected(project, profile, "operator");
		return show(WorkbenchFixture.open(), node);
	}

	/** Shows the connected profile in the Tags view and waits for its tree. */
	static TagsViewPage show(WorkbenchFixture workbench, ProfileNode node) throws Exception {
		TagsView view = (TagsView) workbench.page().showView(TagbenchUi.TAGS_VIEW_ID);
		view.show(node);
		UiWait.until("the tag tree of " + node.profile().name(), LOAD, () -> view.tree() != null);
		return new TagsViewPage(workbench, view);
	}

	public TagsView view() {
		return view;
	}

	/** @return the top-level folder with this label */
	public FolderNode root(String label) {
		return (FolderNode) view.tree().roots().stream().filter(node -> node.label().equals(label)).findFirst()
				.orElseThrow(() -> new AssertionError("no top-level folder " + label));
	}

	/** Opens a folder and waits until its first page arrived or failed. */
	public FolderNode expand(FolderNode folder) {
		if (view.viewer().testFindItem(folder) == null) {
			throw new AssertionError("the tree shows no item for " + folder.label() + "; top items: "
					+ view.viewer().getTree().getItemCount());
		}
		view.viewer().setExpandedState(folder, true);
		UiWait.until(folder.label() + " to load", LOAD,
				() -> !folder.isLoading() && (!folder.loaded().isEmpty() || folder.error() != null || !folder.hasMoreOnServer()));
		UiWait.drain();
		return folder;
	}

	/** @return the folder child with this label, loaded */
	FolderNode folder(FolderNode parent, String label) {
		return (FolderNode) parent.loaded().stream().filter(node -> node.label().equals(label)).findFirst()
				.orElseThrow(() -> new AssertionError("no folder " + label + " in " + parent.label()));
	}

	/** @return the elements the tree shows below {@code folder}, a folder or range (after filters) */
	public List<Object> shownChildren(TagTreeNode folder) {
		List<Object> shown = new ArrayList<>();
		for (TreeItem item : view.viewer().getTree().getItems()) {
			collect(item, folder, shown);
		}
		return shown;
	}

	private static void collect(TreeItem item, TagTreeNode folder, List<Object> shown) {
		if (folder.equals(item.getData())) {
			for (TreeItem child : item.getItems()) {
				if (child.getData() != null) {
					shown.add(child.getData());
				}
			}
			return;
		}
		for (TreeItem child : item.getItems()) {
			collect(child, folder, shown);
		}
	}

	/** @return the rows of the filter results, or null while they are not shown in place of the tree */
	public List<Object> filterResults() {
		if (!view.filterResults().getControl().isVisible()) {
			return null;
		}
		List<Object> rows = new ArrayList<>();
		for (TreeItem item : view.filterResults().getTree().getItems()) {
			rows.add(item.getData());
		}
		return rows;
	}

	/** Searches the runtime for tags named like {@code text} and waits until the result arrived or failed. */
	FolderNode search(String text) {
		FolderNode search = view.tree().search(text);
		view.viewer().refresh();
		return expand(search);
	}

	/** Finds a tag through the server search and waits for its value. */
	TagNode tag(String name) {
		FolderNode search = search(name);
		TagNode tag = search.loaded().stream().filter(TagNode.class::isInstance).map(TagNode.class::cast)
				.filter(node -> node.name().equals(name)).findFirst()
				.orElseThrow(() -> new AssertionError("the search found no tag " + name));
		UiWait.until("the value of " + name, LOAD, () -> tag.value() != null);
		return tag;
	}

	/** Types into the filter field as a user does. */
	public void filter(String text) {
		Text field = (Text) new WidgetDriver(workbench.window().getShell()).byData(EmptyState.WIDGET_ID, TagsView.FILTER_ID);
		WidgetDriver.type(field, text);
		UiWait.drain();
	}

	/** Selects the node in the tree. */
	void select(TagTreeNode node) {
		view.viewer().setSelection(new StructuredSelection(node), true);
		view.setFocus();
		UiWait.drain();
	}

	/** @return the texts of the table with this widget id in {@code shell}, row by row */
	static List<String[]> table(Shell shell, String id) {
		return WidgetDriver.rows((Table) new WidgetDriver(shell).byData(EmptyState.WIDGET_ID, id));
	}

	/** @return the texts of the labels in {@code shell}, one per line */
	static String labels(Shell shell) {
		StringBuilder text = new StringBuilder();
		for (Control control : new WidgetDriver(shell).findAll(Label.class::isInstance)) {
			text.append(((Label) control).getText()).append('\n');
		}
		return text.toString();
	}

	/** Runs a command as its key binding or menu item would, with the view active. */
	void run(String commandId) throws Exception {
		workbench.run(view, commandId);
	}

	/** @return the tooltip of the tag's value cell: what a failed read means and what to do, or null */
	String valueToolTip(TagNode tag) {
		return ((CellLabelProvider) view.viewer().getLabelProvider(1)).getToolTipText(tag);
	}

	/** Waits for the Tagbench jobs (fetches, reads, writes) to finish. */
	public static void settle() {
		Jobs.join(TagbenchJobs.FAMILY, LOAD);
		UiWait.drain();
	}
}
