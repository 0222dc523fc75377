package org.tagbench.ui.internal.views;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.NotEnabledException;
import org.eclipse.core.commands.NotHandledException;
import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.ViewPart;
import org.tagbench.ui.internal.Messages;
import org.tagbench.ui.internal.UiRunner;
import org.tagbench.ui.internal.connections.ConnectionListener;
import org.tagbench.ui.internal.connections.ConnectionManager;
import org.tagbench.ui.internal.nodes.ProfileGroupNode;
import org.tagbench.ui.internal.nodes.ProfileNode;
import org.tagbench.ui.internal.properties.PropertySheets;
import org.tagbench.ui.internal.widgets.EmptyState;
import org.tagbench.ui.internal.widgets.ViewPages;

/**
 * The Connections view: the connection profiles of the open projects and the workspace, grouped by
 * project, each with its connection state. Actions come from {@code plugin.xml}; the view only composes
 * the tree, its menu and the listener that keeps it current.
 */
public class ConnectionsView extends ViewPart {

	/** Widget id of the empty state, for tests. */
	public static final String EMPTY_STATE_ID = "connections.empty"; //$NON-NLS-1$
	/** Widget id of the tree, for tests. */
	public static final String TREE_ID = "connections.tree"; //$NON-NLS-1$
	/** The command a double click runs. */
	static final String OPEN_COMMAND = "org.tagbench.ui.commands.openInTags"; //$NON-NLS-1$

	private final ConnectionManager manager = ConnectionManager.getDefault();
	private final ConnectionListener listener = this::connectionsChanged;
	private ViewPages pages;
	private TreeViewer viewer;
	/** Groups shown before; a group appearing for the first time is expanded once. */
	private final Set<Object> expanded = new HashSet<>();

	@Override
	public void createPartControl(Composite parent) {
		pages = new ViewPages(parent, EMPTY_STATE_ID, Messages.ConnectionsView_emptyTitle, Messages.ConnectionsView_emptyHint);
		viewer = new TreeViewer(pages.getControl(), SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
		viewer.getTree().setData(EmptyState.WIDGET_ID, TREE_ID);
		viewer.setContentProvider(new ConnectionsContentProvider());
		viewer.setLabelProvider(new DelegatingStyledCellLabelProvider(new ConnectionsLabelProvider()));
		viewer.setUseHashlookup(true);
		viewer.setAutoExpandLevel(2);
		ColumnViewerToolTipSupport.enableFor(viewer);
		viewer.setInput(manager);
		viewer.addDoubleClickListener(event -> openSelection());
		getSite().setSelectionProvider(viewer);
		createContextMenu();

		manager.addListener(listener);
		refresh();
	}

	private void createContextMenu() {
		MenuManager menu = new MenuManager();
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		viewer.getTree().setMenu(menu.createContextMenu(viewer.getTree()));
		getSite().registerContextMenu(menu, viewer);
	}

	private void openSelection() {
		if (viewer.getStructuredSelection().getFirstElement() instanceof ProfileNode) {
			try {
				getSite().getService(IHandlerService.class).executeCommand(OPEN_COMMAND, null);
			} catch (NotDefinedException | ExecutionException | NotEnabledException | NotHandledException e) {
				ILog.of(getClass()).error(e.getMessage(), e);
			}
		}
	}

	private void connectionsChanged() {
		UiRunner.run(viewer.getControl(), this::refresh);
	}

	/**
	 * Shows what the manager holds now: the tree, or the empty state when there is no profile; while a
	 * connection is selected, the Properties view reads its state again.
	 */
	public void refresh() {
		viewer.refresh(true);
		if (Arrays.stream(viewer.getStructuredSelection().toArray()).anyMatch(ProfileNode.class::isInstance)) {
			PropertySheets.refresh(getSite().getPage());
		}
		pages.show(manager.files().isEmpty() ? pages.emptyPage() : viewer.getControl());
		for (Object group : ((ConnectionsContentProvider) viewer.getContentProvider()).getElements(manager)) {
			if (expanded.add(group)) {
				viewer.setExpandedState(group, true);
			}
		}
	}

	/** Selects and reveals a profile. */
	public void select(ProfileNode node) {
		refresh();
		viewer.setExpandedState(new ProfileGroupNode(node.file()), true);
		viewer.setSelection(new StructuredSelection(node), true);
	}

	/** @return the tree viewer, for tests and the Show In support */
	public TreeViewer getViewer() {
		return viewer;
	}

	@Override
	public void setFocus() {
		pages.setFocus(viewer.getControl(), viewer.getControl());
	}

	@Override
	public void dispose() {
		manager.removeListener(listener);
		super.dispose();
	}
}
