package org.tagbench.ui.internal.watch;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.tagbench.core.watch.WatchItem;
import org.tagbench.core.watch.WatchModel;

/**
 * The parts of the Watch view below each other: the virtual table and the status line, refreshed
 * together through one {@link RefreshRunner}. A highlighted change gets one more refresh after the
 * highlight time, so it fades even when nothing else changes.
 */
public final class WatchParts {

	private final Composite control;
	private final WatchModel model;
	private final WatchConnections connections;
	private final RefreshRunner runner;
	private final WatchTable table;
	private final WatchStatusLine status;
	private final Runnable fade;

	/**
	 * @param parent a composite with a one-column grid layout
	 * @param runner the runner that calls the view's refresh
	 */
	public WatchParts(Composite parent, WatchModel model, WatchConnections connections, RefreshRunner runner) {
		this.control = parent;
		this.model = model;
		this.connections = connections;
		this.runner = runner;
		table = new WatchTable(parent, model, connections);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table.viewer().getControl());
		status = new WatchStatusLine(parent);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(status.getControl());
		table.viewer().addSelectionChangedListener(event -> runner.request());
		fade = runner::request;
	}

	/** Makes the table and {@code other} accept tags dragged from the Tags view. */
	public void acceptDrops(Control other, Consumer<List<WatchItem>> add) {
		WatchDrop.install(table.viewer().getControl(), add);
		WatchDrop.install(other, add);
	}

	/** Shows the model as it is now; on the UI thread. */
	public void refresh() {
		table.refresh();
		List<WatchItem> selected = table.selected();
		status.show(model, selected.size() == 1 ? selected.get(0) : null, connections);
		Instant last = model.lastChange();
		if (last != null && last.isAfter(Instant.now().minusMillis(WatchColumns.HIGHLIGHT_MS))) {
			control.getDisplay().timerExec(WatchColumns.HIGHLIGHT_MS, fade);
		}
	}

	public Composite getControl() {
		return control;
	}

	public WatchTable table() {
		return table;
	}

	public WatchStatusLine status() {
		return status;
	}

	/** @return the runner every refresh goes through (its count shows the refresh rate) */
	public RefreshRunner runner() {
		return runner;
	}
}
