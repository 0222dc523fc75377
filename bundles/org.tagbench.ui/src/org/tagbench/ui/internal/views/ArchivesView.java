package org.tagbench.ui.internal.views;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.tagbench.ui.internal.Messages;
import org.tagbench.ui.internal.archives.ArchiveParts;
import org.tagbench.ui.internal.archives.ArchiveTree;
import org.tagbench.ui.internal.archives.Trend;
import org.tagbench.ui.internal.archives.TrendController;
import org.tagbench.ui.internal.archives.TrendExport;
import org.tagbench.ui.internal.archives.TrendSeries;
import org.tagbench.ui.internal.archives.VariableNode;
import org.tagbench.ui.internal.connections.ConnectionSession;
import org.tagbench.ui.internal.nodes.ProfileNode;
import org.tagbench.ui.internal.widgets.Clipboards;

/**
 * The Archives view: the archives of one connection and their variables, a time range and count, a
 * trend of the selected variables with zoom and a cursor readout, their samples in a table, CSV export
 * and a live mode that appends newly logged values. A view rather than an editor because the Tagbench
 * perspective has no editor area and the trend follows the connection shown, as the Tags view does.
 * Commands (query, export, zoom) are handlers in plugin.xml that call this view; its
 * {@link TrendController} runs the queries and live mode.
 */
public class ArchivesView extends ProfileViewPart {

	/** Widget id of the empty state, for tests. */
	public static final String EMPTY_STATE_ID = "archives.empty"; //$NON-NLS-1$

	private final Trend trend = new Trend();
	private ArchiveParts parts;
	private ArchiveTree tree;
	private TrendController trends;

	public ArchivesView() {
		super(EMPTY_STATE_ID, Messages.ArchivesView_emptyTitle, Messages.ArchivesView_emptyHint, Messages.ArchivesView_connectionHint);
	}

	@Override
	protected Control createMainPage(Composite parent) {
		Composite main = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(main);
		parts = new ArchiveParts(main, () -> trends.query(), () -> trends.liveChanged());
		trends = new TrendController(trend, parts, () -> shown().profile().pollIntervalMs(), this::trendShown);
		getSite().setSelectionProvider(parts.tree().viewer());
		ViewContextMenu.register(getSite(), parts.tree().viewer(), parts.tree().viewer().getControl());
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
		trends.opened(open.client());
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
		if (trends != null) {
			trends.closed();
			if (!isDisposed()) {
				trends.showClosed();
			}
		}
	}

	/**
	 * Queries the variables selected in the tree (or, when none is, those the trend shows) in the range.
	 *
	 * @return the query's job, or null when nothing was asked for
	 */
	public Job query() {
		return trends.query();
	}

	/** Shows a trend of these variables and queries them in the range chosen. @return the job, or null */
	public Job trend(List<VariableNode> variables) {
		return trends.trend(variables);
	}

	private void trendShown() {
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

	/** Switches live mode on or off, as the Live check box does. */
	public void setLive(boolean on) {
		parts.range().setLive(on);
		trends.liveChanged();
	}

	/** @return whether live polling runs */
	public boolean isLive() {
		return trends != null && trends.isLive();
	}

	/** Writes the samples shown to a CSV file in a job. @return the job */
	public Job exportCsv(Path file) {
		return TrendExport.toFile(trend.rows(), file);
	}

	/** Copies the selected samples, tab-separated under the column titles (Ctrl+C); nothing when none is selected. */
	public void copySelection() {
		String text = parts.table().selectionAsText();
		if (text != null) {
			Clipboards.copy(parts.table().getControl().getDisplay(), text);
		}
	}

	/** Fetches the archives and their variables again. */
	public void refresh() {
		if (tree != null) {
			tree.refresh();
		}
	}
}
