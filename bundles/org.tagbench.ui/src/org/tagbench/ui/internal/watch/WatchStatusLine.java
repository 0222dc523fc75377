package org.tagbench.ui.internal.watch;

import java.util.Map;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.tagbench.core.errors.ErrorCatalog;
import org.tagbench.core.errors.WinccError;
import org.tagbench.core.errors.WinccErrorKind;
import org.tagbench.core.model.ItemStatus;
import org.tagbench.core.watch.PollStats;
import org.tagbench.core.watch.WatchItem;
import org.tagbench.core.watch.WatchModel;
import org.tagbench.core.watch.WatchState;
import org.tagbench.ui.internal.Messages;
import org.tagbench.ui.internal.widgets.EmptyState;

/**
 * The line below the watch table: how polling goes (tags, connections, interval, last poll, late and
 * skipped polls, errors, captured values), and for a selected tag with an error what it means and what
 * to do.
 */
public final class WatchStatusLine {

	/** Widget id of the summary, for tests. */
	public static final String SUMMARY_ID = "watch.summary"; //$NON-NLS-1$
	/** Widget id of the selected tag's problem, for tests. */
	public static final String PROBLEM_ID = "watch.problem"; //$NON-NLS-1$

	private final Composite control;
	private final Label summary;
	private final Label problem;

	public WatchStatusLine(Composite parent) {
		control = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(4, 2).spacing(0, 2).applyTo(control);
		summary = new Label(control, SWT.NONE);
		summary.setData(EmptyState.WIDGET_ID, SUMMARY_ID);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
		problem = new Label(control, SWT.WRAP);
		problem.setData(EmptyState.WIDGET_ID, PROBLEM_ID);
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(problem);
	}

	public Composite getControl() {
		return control;
	}

	/** Shows the state of polling and the problem of {@code selected} (null: none selected). */
	void show(WatchModel model, WatchItem selected, WatchConnections connections) {
		String text = summary(model);
		if (!text.equals(summary.getText())) {
			summary.setText(text);
		}
		String detail = selected == null ? "" : problem(model.state(selected), connections); //$NON-NLS-1$
		if (!detail.equals(problem.getText())) {
			problem.setText(detail);
			control.getParent().layout(true, true);
		}
	}

	static String summary(WatchModel model) {
		int tags = model.items().size();
		long errors = model.items().stream().filter(item -> model.state(item).hasError()).count();
		if (model.isPaused()) {
			return NLS.bind(Messages.WatchStatus_paused, new Object[] { tags, errors, model.capture().size() });
		}
		Map<String, PollStats> stats = model.stats();
		long late = 0;
		long skipped = 0;
		long last = 0;
		for (PollStats connection : stats.values()) {
			late += connection.late();
			skipped += connection.skipped();
			last = Math.max(last, connection.lastDurationMs());
		}
		return NLS.bind(Messages.WatchStatus_summary, new Object[] { tags, stats.size(), interval(model.interval().toMillis()),
				last, late, skipped, errors, model.capture().size() });
	}

	/** @return an interval as people say it: "500 ms", "1 s", "2.5 s" */
	public static String interval(long millis) {
		if (millis < 1_000) {
			return NLS.bind(Messages.WatchStatus_millis, Long.toString(millis));
		}
		String seconds = millis % 1_000 == 0 ? Long.toString(millis / 1_000) : Double.toString(millis / 1_000.0);
		return NLS.bind(Messages.WatchStatus_seconds, seconds);
	}

	/** @return what went wrong with the tag and what to do, or nothing when it is fine */
	static String problem(WatchState state, WatchConnections connections) {
		WatchItem item = state.item();
		if (!state.connected()) {
			String name = connections.name(item.profileId());
			return name == null ? NLS.bind(Messages.WatchStatus_unknownProfile, item.tag(), item.profileId())
					: NLS.bind(Messages.WatchStatus_notConnected, item.tag(), name);
		}
		if (state.value() == null || state.value().isOk()) {
			return ""; //$NON-NLS-1$
		}
		WinccError error = state.value().failure();
		if (error == null && state.value().status() == ItemStatus.NO_DATA) {
			return NLS.bind(Messages.WatchStatus_noData, item.tag());
		}
		if (error == null) {
			error = ErrorCatalog.forKind(WinccErrorKind.ITEM_ERROR, state.value().errorText());
		}
		return NLS.bind(Messages.WatchStatus_error, new Object[] { item.tag(), error.label(), error.meaning(), error.solution() });
	}
}
