package org.tagbench.ui.internal.diagnostics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.tagbench.core.diagnostics.JournalEntry;
import org.tagbench.ui.internal.connections.ConnectionStatus;
import org.tagbench.ui.internal.nodes.ProfileNode;
import org.tagbench.ui.internal.widgets.AutoOrientation;
import org.tagbench.ui.internal.widgets.Clipboards;

/**
 * The parts of the Diagnostics view below each other: the health header, the filters, and the table
 * above the details pane (beside it while the view is low and wide). Holds the throttle that folds bursts of changes into one refresh.
 */
public final class DiagnosticsParts {

	private final HealthHeader header;
	private final FilterBar filters;
	private final JournalTable table;
	private final DetailsPane details;
	private final RefreshThrottle throttle;
	private List<JournalEntry> entries = List.of();

	/**
	 * @param parent    a composite with a one-column grid layout
	 * @param refreshMs the least time between two refreshes
	 * @param refresh   shows the journal again; run on the UI thread
	 */
	public DiagnosticsParts(Composite parent, int refreshMs, Runnable refresh) {
		header = new HealthHeader(parent);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(header.getControl());
		filters = new FilterBar(parent, this::filterChanged);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filters.getControl());
		SashForm sash = new SashForm(parent, SWT.VERTICAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
		table = new JournalTable(sash);
		details = new DetailsPane(sash);
		sash.setWeights(65, 35);
		AutoOrientation.apply(sash);
		table.viewer().addSelectionChangedListener(event -> details.show(table.selectedEntry()));
		throttle = new RefreshThrottle(sash, refreshMs, refresh);
	}

	/** Puts the selected request on the clipboard as the details pane shows it; nothing without a selection. */
	public void copySelection() {
		if (table.selectedEntry() != null) {
			Clipboards.copy(table.viewer().getControl().getDisplay(), details.asText());
		}
	}

	/** Asks for a refresh soon; callable from any thread, any number of times. */
	public void requestRefresh() {
		throttle.request();
	}

	/**
	 * @param journal the journal's entries, oldest first
	 * @param open    the open connections and their states
	 */
	public void show(List<JournalEntry> journal, Map<ProfileNode, ConnectionStatus> open) {
		entries = journal;
		header.show(open, journal);
		filters.offer(journal);
		showRows();
	}

	private void filterChanged() {
		showRows();
	}

	private void showRows() {
		EntryFilter filter = filters.filter();
		List<JournalEntry> shown = new ArrayList<>();
		for (JournalEntry entry : entries) {
			if (filter.matches(entry)) {
				shown.add(entry);
			}
		}
		Collections.reverse(shown);
		table.show(shown);
		details.show(table.selectedEntry());
	}

	public JournalTable table() {
		return table;
	}

	/** @return the filter the controls describe now */
	public EntryFilter filter() {
		return filters.filter();
	}
}
