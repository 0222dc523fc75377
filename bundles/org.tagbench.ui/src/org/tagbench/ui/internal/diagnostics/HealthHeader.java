package org.tagbench.ui.internal.diagnostics;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.tagbench.core.diagnostics.JournalEntry;
import org.tagbench.ui.internal.Messages;
import org.tagbench.ui.internal.TagbenchImages;
import org.tagbench.ui.internal.connections.ConnectionStatus;
import org.tagbench.ui.internal.nodes.ProfileNode;
import org.tagbench.ui.internal.widgets.EmptyState;

/**
 * One row per open connection: its state, last success, requests per second, error rate, p50/p95
 * latency and a sparkline of the latest latencies.
 */
public final class HealthHeader {

	/** Widget id prefix of a row's text; the profile's id follows. */
	public static final String ROW_ID = "diagnostics.health."; //$NON-NLS-1$

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault()); //$NON-NLS-1$

	private final Composite control;
	private final Label none;
	private final Map<String, Row> rows = new LinkedHashMap<>();

	private record Row(Label icon, Label name, Label text, Sparkline sparkline) {
		void dispose() {
			icon.dispose();
			name.dispose();
			text.dispose();
			sparkline.getControl().dispose();
		}
	}

	HealthHeader(Composite parent) {
		control = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(4).margins(4, 2).spacing(8, 2).applyTo(control);
		none = new Label(control, SWT.NONE);
		none.setText(Messages.HealthHeader_none);
		GridDataFactory.fillDefaults().span(4, 1).applyTo(none);
	}

	Composite getControl() {
		return control;
	}

	/**
	 * @param open    the open connections and their states
	 * @param entries the journal, oldest first
	 */
	void show(Map<ProfileNode, ConnectionStatus> open, List<JournalEntry> entries) {
		Map<String, List<JournalEntry>> byProfile = new LinkedHashMap<>();
		for (JournalEntry entry : entries) {
			byProfile.computeIfAbsent(entry.profileId(), id -> new ArrayList<>()).add(entry);
		}
		boolean layout = removeClosed(open.keySet().stream().map(node -> node.profile().id()).toList());
		Instant now = Instant.now();
		for (Map.Entry<ProfileNode, ConnectionStatus> connection : open.entrySet()) {
			String id = connection.getKey().profile().id();
			Row row = rows.get(id);
			if (row == null) {
				row = createRow(id);
				rows.put(id, row);
				layout = true;
			}
			TrafficStats stats = TrafficStats.of(byProfile.getOrDefault(id, List.of()), now);
			row.icon().setImage(TagbenchImages.forState(connection.getValue().state()));
			row.name().setText(connection.getKey().profile().name());
			row.text().setText(describe(connection.getValue(), stats));
			row.sparkline().show(stats.latencies());
		}
		boolean empty = open.isEmpty();
		if (none.getVisible() != empty) {
			none.setVisible(empty);
			((GridData) none.getLayoutData()).exclude = !empty;
			layout = true;
		}
		if (layout) {
			control.getParent().layout(true, true);
		}
	}

	/** Disposes the rows of connections that closed; returns whether there were any. */
	private boolean removeClosed(List<String> openIds) {
		boolean removed = false;
		for (Iterator<Map.Entry<String, Row>> it = rows.entrySet().iterator(); it.hasNext();) {
			Map.Entry<String, Row> row = it.next();
			if (!openIds.contains(row.getKey())) {
				row.getValue().dispose();
				it.remove();
				removed = true;
			}
		}
		return removed;
	}

	private Row createRow(String id) {
		Label icon = new Label(control, SWT.NONE);
		Label name = new Label(control, SWT.NONE);
		name.setFont(JFaceResources.getBannerFont());
		Label text = new Label(control, SWT.NONE);
		text.setData(EmptyState.WIDGET_ID, ROW_ID + id);
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(text);
		Sparkline sparkline = new Sparkline(control);
		GridDataFactory.swtDefaults().hint(Sparkline.size()).applyTo(sparkline.getControl());
		return new Row(icon, name, text, sparkline);
	}

	private static String describe(ConnectionStatus status, TrafficStats stats) {
		NumberFormat rate = NumberFormat.getNumberInstance();
		rate.setMaximumFractionDigits(1);
		NumberFormat percent = NumberFormat.getPercentInstance();
		return NLS.bind(Messages.HealthHeader_row, new Object[] { StateLabels.of(status.state()),
				stats.lastSuccess() == null ? Messages.HealthHeader_never : TIME.format(stats.lastSuccess()),
				rate.format(stats.requestsPerSec()), percent.format(stats.errorRate()), millis(stats.p50Ms()),
				millis(stats.p95Ms()) });
	}

	private static String millis(long value) {
		return value < 0 ? Messages.JournalColumns_noStatus : Long.toString(value);
	}
}
