package org.tagbench.ui.internal.alarms;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.tagbench.core.errors.WinccError;
import org.tagbench.core.errors.WinccErrorKind;
import org.tagbench.core.model.AlarmMessage;
import org.tagbench.ui.internal.Messages;
import org.tagbench.ui.internal.TagbenchUiPlugin;
import org.tagbench.ui.internal.connections.ConnectionSession;

/**
 * Fetches the list chosen in the Alarms view's query bar into the view's parts: the configuration again
 * when the connection or the language changed, the filter checked first and kept in the history, a
 * failure in the banner, a summary of each answer, and a fetch every few seconds while auto-refresh is on.
 */
final class AlarmRefresh {

	private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss"); //$NON-NLS-1$

	private final Control owner;
	/** The owner's, kept: the view is disposed after its widgets when the workbench closes. */
	private final Display display;
	private final AlarmsParts parts;
	private final Supplier<ConnectionSession> chosen;
	private final Runnable noConnection;
	private final FilterHistory history = new FilterHistory(TagbenchUiPlugin.getDefault().getDialogSettings(),
			TagbenchUiPlugin::saveSettings);
	private final Runnable autoRefresh = this::autoRefreshDue;
	private final MessageFetcher fetcher;
	private ConnectionSession session;
	private Locale configLanguage;
	private long fetchStarted;
	private AlarmQuery fetching;
	private AlarmQuery shown;

	/**
	 * @param owner        the view's control; answers and timers are dropped once it is disposed
	 * @param chosen       the open session of the connection chosen in the query bar, or null
	 * @param noConnection run when a fetch finds no connection chosen
	 */
	AlarmRefresh(Control owner, AlarmsParts parts, Supplier<ConnectionSession> chosen, Runnable noConnection) {
		this.owner = owner;
		this.display = owner.getDisplay();
		this.parts = parts;
		this.chosen = chosen;
		this.noConnection = noConnection;
		fetcher = new MessageFetcher(owner, this::fetched);
		parts.queryBar().offerFilters(history.names());
	}

	/** Fetches for {@code open}, the session now chosen, unless its lists are shown already. */
	void connectionChosen(ConnectionSession open) {
		if (open != session) {
			refresh();
		}
	}

	/** Stops fetching and forgets the session and its configuration: no connection is chosen. */
	void noConnection() {
		fetcher.cancel();
		session = null;
		parts.configuration().show(null, Locale.US);
	}

	/** Fetches the list chosen in the query bar. */
	void refresh() {
		fetch(parts.queryBar().query(), true);
	}

	/**
	 * @param query the list, filter and language to fetch
	 * @param typed whether the query comes from the bar (checked, kept in the history) or repeats the last
	 *              one (auto-refresh, which must not pick up a filter name still being typed)
	 */
	private void fetch(AlarmQuery query, boolean typed) {
		ConnectionSession open = chosen.get();
		if (open == null) {
			noConnection.run();
			return;
		}
		if (open != session || !query.language().equals(configLanguage)) {
			session = open;
			configLanguage = query.language();
			parts.configuration().show(open.client(), configLanguage);
			shown = null;
			parts.clearMessages();
		}
		if (typed) {
			String problem = parts.queryBar().validate();
			if (problem != null) {
				fetcher.cancel();
				fetching = null;
				shown = null;
				parts.clearMessages();
				parts.errorBanner().show(Messages.AlarmsView_filterRefused, new WinccError(WinccErrorKind.CONFIGURATION,
						0, problem, Messages.AlarmsView_filterSolution, "")); //$NON-NLS-1$
				return;
			}
			if (!query.equals(fetching)) {
				history.used(query.filter());
				parts.queryBar().offerFilters(history.names());
			}
		}
		fetchStarted = System.nanoTime();
		fetching = query;
		parts.summary().setText(NLS.bind(Messages.AlarmsView_fetching, query.mode().label(), query.filter()));
		fetcher.fetch(open.client(), query);
	}

	private void fetched(List<AlarmMessage> result, WinccError error) {
		AlarmQuery query = fetching;
		long ms = (System.nanoTime() - fetchStarted) / 1_000_000;
		String at = LocalTime.now().truncatedTo(ChronoUnit.SECONDS).format(CLOCK);
		if (error != null) {
			parts.errorBanner().show(NLS.bind(Messages.AlarmsView_fetchFailed, query.mode().label(), query.filter()), error);
			if (query.equals(shown)) {
				parts.summary().setText(NLS.bind(Messages.AlarmsView_failedAt, at));
			} else {
				shown = null;
				parts.clearMessages();
				parts.summary().setText(NLS.bind(Messages.AlarmsView_failedNothing, at));
			}
		} else {
			parts.errorBanner().show(null, null);
			shown = query;
			parts.messages().show(result);
			parts.showSelectedMessage();
			parts.summary().setText(NLS.bind(Messages.AlarmsView_summary, new Object[] { result.size(), query.mode().label(),
					query.filter(), query.language().toLanguageTag(), at, ms }));
		}
		parts.summary().requestLayout();
		scheduleAutoRefresh();
	}

	/** Plans the next auto-refresh, or none when it is off or a fetch runs. */
	void scheduleAutoRefresh() {
		display.timerExec(-1, autoRefresh);
		if (parts.queryBar().autoRefresh() && !fetcher.busy()) {
			display.timerExec(parts.queryBar().intervalMs(), autoRefresh);
		}
	}

	private void autoRefreshDue() {
		if (!owner.isDisposed() && parts.queryBar().autoRefresh() && !fetcher.busy()) {
			fetch(fetching == null ? parts.queryBar().query() : fetching, fetching == null);
		}
	}

	/** @return whether a fetch is running */
	boolean busy() {
		return fetcher.busy();
	}

	/** Cancels the planned auto-refresh and the running fetch. */
	void dispose() {
		if (!display.isDisposed()) {
			display.timerExec(-1, autoRefresh);
		}
		fetcher.cancel();
	}
}
