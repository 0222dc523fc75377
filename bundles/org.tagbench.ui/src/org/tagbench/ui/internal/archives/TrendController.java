package org.tagbench.ui.internal.archives;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.tagbench.core.client.WinccClient;
import org.tagbench.core.errors.WinccError;
import org.tagbench.core.model.ArchiveSeries;
import org.tagbench.ui.internal.Messages;

/**
 * Runs the Archives view's trend: queries the variables chosen over the range chosen (a newer query
 * cancels the older), shows the answer in the chart and the samples table, says in the message line what
 * failed or was cut short, and in live mode appends what is logged after the newest value held.
 */
public final class TrendController implements TrendQueries.Sink {

	private final Trend trend;
	private final ArchiveParts parts;
	private final IntSupplier pollIntervalMs;
	private final Runnable shown;
	private TrendQueries queries;
	private TimeRange asked;

	/**
	 * @param trend          what the chart and the table show
	 * @param pollIntervalMs the live mode's poll interval, the profile's
	 * @param shown          told after the trend shown changed
	 */
	public TrendController(Trend trend, ArchiveParts parts, IntSupplier pollIntervalMs, Runnable shown) {
		this.trend = trend;
		this.parts = parts;
		this.pollIntervalMs = pollIntervalMs;
		this.shown = shown;
	}

	/** Queries {@code client}'s connection from now on. */
	public void opened(WinccClient client) {
		queries = new TrendQueries(client, this);
	}

	/** Cancels the queries and live polling of the connection gone and forgets the variables chosen. */
	public void closed() {
		if (queries != null) {
			queries.dispose();
			queries = null;
		}
		trend.select(List.of());
	}

	/** Shows the trend as {@link #closed()} left it: empty, live mode off, no message. */
	public void showClosed() {
		parts.range().setLive(false);
		showTrend();
		parts.clearMessage();
	}

	/**
	 * Queries the variables selected in the tree (or, when none is, those the trend shows) in the range.
	 *
	 * @return the query's job, or null when nothing was asked for
	 */
	public Job query() {
		List<VariableNode> selected = parts.tree().selectedVariables();
		if (!selected.isEmpty()) {
			trend.select(selected);
		}
		return queryTrend();
	}

	/** Shows a trend of these variables and queries them in the range chosen. @return the job, or null */
	public Job trend(List<VariableNode> variables) {
		trend.select(variables);
		parts.tree().viewer().setSelection(StructuredSelection.EMPTY);
		return queryTrend();
	}

	private Job queryTrend() {
		if (queries == null) {
			return null;
		}
		if (trend.isEmpty()) {
			parts.showMessage(Messages.ArchivesView_selectVariables, false);
			return null;
		}
		TimeRange range = parts.range().current();
		if (!range.from().isBefore(range.to())) {
			parts.showMessage(Messages.ArchivesView_badRange, true);
			return null;
		}
		queries.stopLive();
		parts.clearMessage();
		asked = range;
		return queries.query(trend.variablesByArchive(), range);
	}

	@Override
	public void replaced(List<ArchiveSeries> results) {
		trend.replace(results);
		showTrend();
		if (!reportItemErrors() && asked != null
				&& trend.series().stream().anyMatch(series -> series.size() >= asked.maxValues())) {
			parts.showMessage(NLS.bind(Messages.ArchivesView_truncated, Integer.valueOf(asked.maxValues())), false);
		}
		if (parts.range().isLive()) {
			startLive();
		}
	}

	@Override
	public void appended(List<ArchiveSeries> results) {
		if (trend.append(results) > 0) {
			showTrend();
		}
	}

	@Override
	public void failed(WinccError error) {
		parts.showError(Messages.ArchivesView_queryFailed, error);
	}

	/** @return whether a variable's error is shown */
	private boolean reportItemErrors() {
		for (TrendSeries series : trend.series()) {
			if (series.error() != null) {
				parts.showError(NLS.bind(Messages.ArchivesView_variableFailed, series.archive(), series.variable()), series.error());
				return true;
			}
		}
		return false;
	}

	private void showTrend() {
		parts.chart().show(trend);
		parts.table().show(trend.rows());
		shown.run();
	}

	/** Starts or stops live polling as the Live check box says. */
	public void liveChanged() {
		if (queries == null) {
			return;
		}
		if (!parts.range().isLive()) {
			queries.stopLive();
			return;
		}
		if (trend.isEmpty()) {
			parts.range().setLive(false);
			parts.showMessage(Messages.ArchivesView_selectVariables, false);
			return;
		}
		startLive();
	}

	private void startLive() {
		Map<String, Instant> newest = new HashMap<>();
		for (TrendSeries series : trend.series()) {
			Instant last = series.newest();
			if (last != null) {
				newest.merge(series.archive(), last, (a, b) -> a.isBefore(b) ? a : b);
			}
		}
		queries.startLive(trend.variablesByArchive(), newest, pollIntervalMs.getAsInt());
	}

	/** @return whether live polling runs */
	public boolean isLive() {
		return queries != null && queries.isLive();
	}
}
