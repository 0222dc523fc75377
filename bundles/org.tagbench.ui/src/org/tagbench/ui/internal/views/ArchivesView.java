package org.tagbench.ui.internal.views;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.tagbench.core.errors.WinccError;
import org.tagbench.core.model.ArchiveSeries;
import org.tagbench.ui.internal.Messages;
import org.tagbench.ui.internal.Statuses;
import org.tagbench.ui.internal.archives.ArchiveParts;
import org.tagbench.ui.internal.archives.ArchiveTree;
import org.tagbench.ui.internal.archives.TimeRange;
import org.tagbench.ui.internal.archives.Trend;
import org.tagbench.ui.internal.archives.TrendCsv;
import org.tagbench.ui.internal.archives.TrendQueries;
import org.tagbench.ui.internal.archives.TrendSeries;
import org.tagbench.ui.internal.archives.VariableNode;
import org.tagbench.ui.internal.connections.ConnectionSession;
import org.tagbench.ui.internal.jobs.TagbenchJobs;
import org.tagbench.ui.internal.nodes.ProfileNode;

/**
 * The Archives view: the archives of one connection and their variables, a time range and count, a
 * trend of the selected variables with zoom and a cursor readout, their samples in a table, CSV export
 * and a live mode that appends newly logged values. A view rather than an editor because the Tagbench
 * perspective has no editor area and the trend follows the connection shown, as the Tags view does.
 * Commands (query, export, zoom) are handlers in plugin.xml that call this view.
 */
public class ArchivesView extends ProfileViewPart implements TrendQueries.Sink {

	/** Widget id of the empty state, for tests. */
	public static final String EMPTY_STATE_ID = "archives.empty"; //$NON-NLS-1$

	private final Trend trend = new Trend();
	private ArchiveParts parts;
	private ArchiveTree tree;
	private TrendQueries queries;
	private TimeRange asked;

	public ArchivesView() {
		super(EMPTY_STATE_ID, Messages.ArchivesView_emptyTitle, Messages.ArchivesView_emptyHint, Messages.ArchivesView_connectionHint);
	}

	@Override
	protected Control createMainPage(Composite parent) {
		Composite main = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(main);
		parts = new ArchiveParts(main, this::query, this::liveChanged);
		getSite().setSelectionProvider(parts.tree().viewer());
		MenuManager menu = new MenuManager();
		menu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		Control treeControl = parts.tree().viewer().getControl();
		treeControl.setMenu(menu.createContextMenu(treeControl));
		getSite().registerContextMenu(menu, parts.tree().viewer());
		return main;
	}

	@Override
	protected Control focusControl() {
		return parts.tree().viewer().getControl();
	}

	/** @return the archive tree of the connection shown, or null */
	public ArchiveTree tree() {
		return tree;
	}

	/** @return the view's parts, for handlers and tests */
	public ArchiveParts parts() {
		return parts;
	}

	/** @return what the trend shows */
	public Trend trend() {
		return trend;
	}

	@Override
	protected void opened(ConnectionSession open) {
		tree = new ArchiveTree(open.client(), parts.tree()::refresh);
		queries = new TrendQueries(open.client(), this);
		parts.tree().setInput(tree);
	}

	@Override
	protected void closed() {
		if (tree != null) {
			tree.dispose();
			tree = null;
			if (!isDisposed()) {
				parts.tree().setInput(null);
			}
		}
		if (queries != null) {
			queries.dispose();
			queries = null;
		}
		trend.select(List.of());
		if (!isDisposed()) {
			parts.range().setLive(false);
			showTrend();
			parts.clearMessage();
		}
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
		if (shown() != null) {
			describe(shown());
		}
	}

	@Override
	protected void describe(ProfileNode profile) {
		int samples = trend.series().stream().mapToInt(TrendSeries::size).sum();
		setContentDescription(trend.isEmpty() ? profile.profile().name() : NLS.bind(Messages.ArchivesView_summary,
				new Object[] { profile.profile().name(), Integer.valueOf(trend.series().size()), Integer.valueOf(samples) }));
	}

	private void liveChanged() {
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
		queries.startLive(trend.variablesByArchive(), newest, shown().profile().pollIntervalMs());
	}

	/** Switches live mode on or off, as the Live check box does. */
	public void setLive(boolean on) {
		parts.range().setLive(on);
		liveChanged();
	}

	/** @return whether live polling runs */
	public boolean isLive() {
		return queries != null && queries.isLive();
	}

	/** Writes the samples shown to a CSV file in a job. @return the job */
	public Job exportCsv(Path file) {
		List<Trend.Row> rows = trend.rows();
		return TagbenchJobs.schedule(NLS.bind(Messages.ArchivesView_exportJob, file.getFileName()), monitor -> {
			try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
				TrendCsv.write(rows, out);
			} catch (IOException e) {
				throw new CoreException(Statuses.error(NLS.bind(Messages.ArchivesView_exportFailed, file),
						Messages.ArchivesView_exportSolution, e));
			}
		});
	}

	/** Fetches the archives and their variables again. */
	public void refresh() {
		if (tree != null) {
			tree.refresh();
		}
	}
}
