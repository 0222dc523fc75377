package org.tagbench.ui.tests;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.handlers.IHandlerService;
import org.tagbench.tests.support.UiWait;
import org.tagbench.ui.TagbenchUi;
import org.tagbench.ui.internal.connections.ConnectionManager;
import org.tagbench.ui.internal.connections.ConnectionState;
import org.tagbench.ui.internal.nodes.ProfileNode;
import org.tagbench.ui.internal.views.ConnectionsView;

/** The Connections view as a test sees it: its tree, its selection, its commands. */
final class ConnectionsViewPage {

	private final IWorkbenchPage page;
	private final ConnectionsView view;

	private ConnectionsViewPage(IWorkbenchPage page, ConnectionsView view) {
		this.page = page;
		this.view = view;
	}

	static ConnectionsViewPage open(WorkbenchFixture workbench) throws Exception {
		IWorkbenchPage page = workbench.page();
		ConnectionsView view = (ConnectionsView) page.showView(TagbenchUi.CONNECTIONS_VIEW_ID);
		return new ConnectionsViewPage(page, view);
	}

	ConnectionsView view() {
		return view;
	}

	Tree tree() {
		return view.getViewer().getTree();
	}

	/** @return the labels of every item, groups and profiles, depth first */
	List<String> labels() {
		List<String> labels = new ArrayList<>();
		for (TreeItem group : tree().getItems()) {
			labels.add(group.getText());
			for (TreeItem profile : group.getItems()) {
				labels.add(profile.getText());
			}
		}
		return labels;
	}

	/** Waits until a profile whose label starts with {@code name} shows, and returns its item. */
	TreeItem item(String name) {
		UiWait.until("profile '" + name + "' in the Connections view", () -> find(name) != null);
		return find(name);
	}

	/**
	 * Looks at the items as they are, without expanding: expanding on every poll makes new events each
	 * time, and SWT runs the view's asynchronous refreshes only when no event is pending.
	 */
	private TreeItem find(String name) {
		for (TreeItem group : tree().getItems()) {
			for (TreeItem profile : group.getItems()) {
				if (profile.getText().startsWith(name + "  ")) {
					return profile;
				}
			}
		}
		return null;
	}

	/** Selects profiles in the viewer and makes the view the active part, as a click would. */
	void select(ProfileNode... nodes) {
		page.activate(view);
		view.getViewer().setSelection(new StructuredSelection(nodes), true);
		UiWait.drain();
	}

	/** Runs a command on the current selection, as the context menu would. */
	void run(String commandId) throws Exception {
		page.activate(view);
		page.getWorkbenchWindow().getService(IHandlerService.class).executeCommand(commandId, null);
	}

	/** Waits until the profile reaches {@code state}. */
	void awaitState(ProfileNode node, ConnectionState state) {
		UiWait.until(node.profile().name() + " to be " + state,
				() -> ConnectionManager.getDefault().status(node).state() == state);
		UiWait.drain();
	}
}
