package org.tagbench.ui.internal.views;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.part.ViewPart;
import org.tagbench.core.diagnostics.DiagnosticsJournal;
import org.tagbench.core.diagnostics.JournalEntry;
import org.tagbench.core.diagnostics.JournalListener;
import org.tagbench.ui.internal.Messages;
import org.tagbench.ui.internal.connections.ConnectionListener;
import org.tagbench.ui.internal.connections.ConnectionManager;
import org.tagbench.ui.internal.connections.ConnectionStatus;
import org.tagbench.ui.internal.diagnostics.DiagnosticsParts;
import org.tagbench.ui.internal.diagnostics.JournalTable;
import org.tagbench.ui.internal.nodes.ProfileNode;
import org.tagbench.ui.internal.widgets.ViewPages;

/**
 * The Diagnostics view: every request of the workbench's journal with its status and latency, the
 * meaning of each failure, and the health of each open connection. The view composes the health header,
 * the filters, the virtual table and the details pane, and refreshes them at most four times a second
 * however fast requests arrive.
 */
public class DiagnosticsView extends ViewPart {

	/** Widget id of the empty state, for tests. */
	public static final String EMPTY_STATE_ID = "diagnostics.empty"; //$NON-NLS-1$
	/** The least time between two refreshes, in milliseconds. */
	static final int REFRESH_MS = 250;

	private final ConnectionManager manager = ConnectionManager.getDefault();
	private final DiagnosticsJournal journal = manager.journal();
	private final JournalListener journalListener = new JournalListener() {
		@Override
		public void entryAdded(JournalEntry entry) {
			requestRefresh();
		}

		@Override
		public void cleared() {
			requestRefresh();
		}
	};
	private final ConnectionListener connectionListener = this::requestRefresh;
	private ViewPages pages;
	private Composite main;
	private DiagnosticsParts parts;

	@Override
	public void createPartControl(Composite parent) {
		pages = new ViewPages(parent, EMPTY_STATE_ID, Messages.DiagnosticsView_emptyTitle, Messages.DiagnosticsView_emptyHint);
		main = new Composite(pages.getControl(), SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(main);
		parts = new DiagnosticsParts(main, REFRESH_MS, this::refresh);
		getSite().setSelectionProvider(parts.table().viewer());
		createContextMenu();

		journal.addListener(journalListener);
		manager.addListener(connectionListener);
		refresh();
	}

	private void createContextMenu() {
		MenuManager menu = new MenuManager();
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		JournalTable table = parts.table();
		table.viewer().getTable().setMenu(menu.createContextMenu(table.viewer().getTable()));
		getSite().registerContextMenu(menu, table.viewer());
	}

	private void requestRefresh() {
		parts.requestRefresh();
	}

	/** Shows the journal as it is now: the table and header, or the empty state when it holds nothing. */
	public void refresh() {
		List<JournalEntry> entries = journal.entries();
		pages.show(entries.isEmpty() ? pages.emptyPage() : main);
		parts.show(entries, openConnections());
	}

	private Map<ProfileNode, ConnectionStatus> openConnections() {
		Map<ProfileNode, ConnectionStatus> open = new LinkedHashMap<>();
		for (ProfileNode node : manager.allProfiles()) {
			ConnectionStatus status = manager.status(node);
			if (status.isOpen()) {
				open.put(node, status);
			}
		}
		return open;
	}

	/** @return the requests the table shows, newest first, as filtered */
	public List<JournalEntry> rows() {
		return new ArrayList<>(parts.table().rows());
	}

	/** @return the table, its filters and details, for handlers and tests */
	public DiagnosticsParts parts() {
		return parts;
	}

	/** Copies the selected request's details (Ctrl+C). */
	public void copySelection() {
		parts.copySelection();
	}

	@Override
	public void setFocus() {
		pages.setFocus(main, parts.table().viewer().getControl());
	}

	@Override
	public void dispose() {
		journal.removeListener(journalListener);
		manager.removeListener(connectionListener);
		super.dispose();
	}
}
