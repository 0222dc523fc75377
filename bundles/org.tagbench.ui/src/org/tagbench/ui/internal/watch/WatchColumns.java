package org.tagbench.ui.internal.watch;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.eclipse.jface.preference.JFacePreferences;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ITableColorProvider;
import org.eclipse.jface.viewers.ITableLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Table;
import org.tagbench.core.watch.WatchItem;
import org.tagbench.core.watch.WatchModel;
import org.tagbench.core.watch.WatchState;
import org.tagbench.ui.internal.Messages;
import org.tagbench.ui.internal.TagbenchImages;
import org.tagbench.ui.internal.tags.TagValueText;
import org.tagbench.ui.internal.widgets.TableColumns;

/**
 * The columns of the watch table and each cell's text and colours: the value of a tag that changed in
 * the last {@value #HIGHLIGHT_MS} ms is highlighted, a tag with an error is shown in the error colour.
 */
final class WatchColumns extends LabelProvider implements ITableLabelProvider, ITableColorProvider {

	static final int TAG = 0;
	static final int CONNECTION = 1;
	static final int VALUE = 2;
	static final int QUALITY = 3;
	static final int TIMESTAMP = 4;
	static final int LAST_CHANGE = 5;
	static final int CHANGES = 6;

	/** How long a changed value stays highlighted. */
	static final int HIGHLIGHT_MS = 1_500;

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS") //$NON-NLS-1$
			.withZone(ZoneId.systemDefault());
	private static final Color CHANGED = new Color(255, 236, 150);

	private final WatchModel model;
	private final WatchConnections connections;
	private Instant highlightSince = Instant.now();

	WatchColumns(WatchModel model, WatchConnections connections) {
		this.model = model;
		this.connections = connections;
	}

	/** Adds the columns to the viewer's table. */
	static void create(TableViewer viewer) {
		Table table = viewer.getTable();
		TableColumns.moveable(table, Messages.WatchColumns_tag, 220, SWT.LEFT);
		TableColumns.moveable(table, Messages.WatchColumns_connection, 110, SWT.LEFT);
		TableColumns.moveable(table, Messages.WatchColumns_value, 150, SWT.LEFT);
		TableColumns.moveable(table, Messages.WatchColumns_quality, 100, SWT.LEFT);
		TableColumns.moveable(table, Messages.WatchColumns_timestamp, 175, SWT.LEFT);
		TableColumns.moveable(table, Messages.WatchColumns_lastChange, 95, SWT.LEFT);
		TableColumns.moveable(table, Messages.WatchColumns_changes, 70, SWT.RIGHT);
	}

	/** Starts a refresh: values changed from now minus the highlight time on are highlighted. */
	void beginRefresh() {
		highlightSince = Instant.now().minusMillis(HIGHLIGHT_MS);
	}

	/** @return the connection's name, or its id when no open project has the profile */
	String connection(WatchItem item) {
		String name = connections.name(item.profileId());
		return name != null ? name : item.profileId();
	}

	/** @return the value as text, what kept it from being read, or nothing before the first poll */
	static String value(WatchState state) {
		if (!state.connected()) {
			return Messages.WatchColumns_notConnected;
		}
		return TagValueText.value(state.value());
	}

	@Override
	public String getColumnText(Object element, int column) {
		WatchItem item = (WatchItem) element;
		WatchState state = model.state(item);
		return switch (column) {
			case TAG -> item.tag();
			case CONNECTION -> connection(item);
			case VALUE -> value(state);
			case QUALITY -> TagValueText.quality(state.value());
			case TIMESTAMP -> TagValueText.timestamp(state.value());
			case LAST_CHANGE -> state.lastChange() == null ? "" : TIME.format(state.lastChange()); //$NON-NLS-1$
			case CHANGES -> Long.toString(state.changes());
			default -> ""; //$NON-NLS-1$
		};
	}

	@Override
	public Image getColumnImage(Object element, int column) {
		return column == TAG ? TagbenchImages.get(TagbenchImages.TAG) : null;
	}

	@Override
	public Color getForeground(Object element, int column) {
		WatchState state = model.state((WatchItem) element);
		if (state.hasError() && (column == VALUE || column == TAG)) {
			return JFaceResources.getColorRegistry().get(JFacePreferences.ERROR_COLOR);
		}
		return null;
	}

	@Override
	public Color getBackground(Object element, int column) {
		if (column != VALUE && column != LAST_CHANGE) {
			return null;
		}
		WatchState state = model.state((WatchItem) element);
		if (state.changedSince(highlightSince)) {
			return CHANGED;
		}
		return null;
	}
}
