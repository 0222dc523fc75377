package org.tagbench.ui.internal.alarms;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.part.ViewPart;
import org.tagbench.core.errors.WinccError;
import org.tagbench.core.errors.WinccErrorKind;
import org.tagbench.core.model.AlarmMessage;
import org.tagbench.ui.internal.Messages;
import org.tagbench.ui.internal.TagbenchUiPlugin;
import org.tagbench.ui.internal.UiRunner;
import org.tagbench.ui.internal.connections.ConnectionListener;
import org.tagbench.ui.internal.connections.ConnectionManager;
import org.tagbench.ui.internal.connections.ConnectionSession;
import org.tagbench.ui.internal.nodes.ProfileNode;
import org.tagbench.ui.internal.views.ProfileView;
import org.tagbench.ui.internal.widgets.EmptyState;

/**
 * The Alarms view: the alarm logging of one open connection. On the left its configuration (message
 * classes, types, groups, blocks, messages, limit values), on the right the runtime list chosen (message
 * list, short-term archive, hit list, …) for a REST filter in a language, coloured by state, and the fields
 * of the selected row. Fetches run in Jobs; refresh by command (F5) or every few seconds.
 */
public class AlarmsView extends ViewPart implements ProfileView {

	/** Widget ids, for tests. */
	public static final String EMPTY_STATE_ID = "alarms.empty"; //$NON-NLS-1$
	public static final String SUMMARY_ID = "alarms.summary"; //$NON-NLS-1$

	private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss"); //$NON-NLS-1$

	private final ConnectionManager manager = ConnectionManager.getDefault();
	private final ConnectionListener connectionListener = this::connectionsChangedLater;
	private final FilterHistory history = new FilterHistory(TagbenchUiPlugin.getDefault().getDialogSettings(),
			TagbenchUiPlugin::saveSettings);
	private final Runnable autoRefresh = this::autoRefreshDue;
	private Composite stack;
	private StackLayout layout;
	private EmptyState emptyState;
	private Composite main;
	private QueryBar queryBar;
	private ErrorBanner errorBanner;
	private ConfigTree configTree;
	private MessageTable messages;
	private DetailsTable details;
	private Label summary;
	private MessageFetcher fetcher;
	private ConnectionSession session;
	private Locale configLanguage;
	private ProfileNode preferred;
	private long fetchStarted;
	private AlarmQuery fetching;
	private AlarmQuery shown;

	@Override
	public void createPartControl(Composite parent) {
		stack = new Composite(parent, SWT.NONE);
		layout = new StackLayout();
		stack.setLayout(layout);
		emptyState = new EmptyState(stack, EMPTY_STATE_ID, Messages.AlarmsView_emptyTitle, Messages.AlarmsView_emptyHint);

		main = new Composite(stack, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(main);
		queryBar = new QueryBar(main, this::refresh, this::scheduleAutoRefresh);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(queryBar.getControl());
		errorBanner = new ErrorBanner(main);
		SashForm columns = new SashForm(main, SWT.HORIZONTAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(columns);
		configTree = new ConfigTree(columns);
		SashForm rows = new SashForm(columns, SWT.VERTICAL);
		messages = new MessageTable(rows);
		details = new DetailsTable(rows);
		rows.setWeights(70, 30);
		columns.setWeights(25, 75);
		summary = new Label(main, SWT.NONE);
		summary.setData(EmptyState.WIDGET_ID, SUMMARY_ID);
		GridDataFactory.fillDefaults().grab(true, false).indent(4, 0).applyTo(summary);

		fetcher = new MessageFetcher(stack, this::fetched);
		messages.viewer().addSelectionChangedListener(e -> details.show(first(messages.selected())));
		configTree.viewer().addSelectionChangedListener(e -> {
			Object element = e.getStructuredSelection().getFirstElement();
			if (element instanceof ConfigNode.Entry entry) {
				details.show(entry.item());
			} else if (element instanceof ConfigNode.Status status && status.error() != null) {
				details.show(status.error());
			}
		});
		getSite().setSelectionProvider(messages.viewer());
		contextMenu();
		queryBar.offerFilters(history.names());
		manager.addListener(connectionListener);
		connectionsChanged();
	}

	private void contextMenu() {
		MenuManager menu = new MenuManager();
		menu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		Control table = messages.viewer().getControl();
		table.setMenu(menu.createContextMenu(table));
		getSite().registerContextMenu(menu, messages.viewer());
	}

	private static AlarmMessage first(List<AlarmMessage> selected) {
		return selected.isEmpty() ? null : selected.get(0);
	}

	/** Shows the alarms of {@code node} (opened elsewhere, e.g. by "Open in Alarms View"). */
	@Override
	public void show(ProfileNode node) {
		preferred = node;
		connectionsChanged();
	}

	/** @return the connection whose alarms the view shows (chosen in its query bar), or null */
	@Override
	public ProfileNode shown() {
		return queryBar.chosenConnection();
	}

	private void connectionsChangedLater() {
		UiRunner.run(stack, this::connectionsChanged);
	}

	private void connectionsChanged() {
		List<ProfileNode> open = new ArrayList<>();
		for (ProfileNode node : manager.allProfiles()) {
			if (manager.session(node).isPresent()) {
				open.add(node);
			}
		}
		ProfileNode wanted = preferred == null ? null : manager.current(preferred);
		queryBar.offer(open, wanted);
		if (wanted == null || open.contains(wanted)) {
			preferred = null;
		}
		ConnectionSession chosen = chosenSession();
		if (chosen == null) {
			fetcher.cancel();
			session = null;
			configTree.show(null, Locale.US);
			emptyState.setText(Messages.AlarmsView_emptyTitle, Messages.AlarmsView_emptyHint);
			showPage(emptyState.getControl());
			return;
		}
		showPage(main);
		if (chosen != session) {
			refresh();
		}
	}

	private ConnectionSession chosenSession() {
		ProfileNode node = queryBar.chosenConnection();
		return node == null ? null : manager.session(node).orElse(null);
	}

	private void showPage(Control page) {
		if (layout.topControl != page) {
			layout.topControl = page;
			stack.layout();
		}
	}

	/** Fetches the list chosen in the query bar (and the configuration when the connection or language changed). */
	public void refresh() {
		fetch(queryBar.query(), true);
	}

	/**
	 * @param query the list, filter and language to fetch
	 * @param typed whether the query comes from the bar (checked, kept in the history) or repeats the last
	 *              one (auto-refresh, which must not pick up a filter name still being typed)
	 */
	private void fetch(AlarmQuery query, boolean typed) {
		ConnectionSession chosen = chosenSession();
		if (chosen == null) {
			connectionsChanged();
			return;
		}
		if (chosen != session || !query.language().equals(configLanguage)) {
			session = chosen;
			configLanguage = query.language();
			configTree.show(chosen.client(), configLanguage);
			shown = null;
			messages.show(List.of());
			details.show((AlarmMessage) null);
		}
		if (typed) {
			String problem = queryBar.validate();
			if (problem != null) {
				fetcher.cancel();
				fetching = null;
				shown = null;
				messages.show(List.of());
				details.show((AlarmMessage) null);
				errorBanner.show(Messages.AlarmsView_filterRefused, new WinccError(WinccErrorKind.CONFIGURATION,
						0, problem, Messages.AlarmsView_filterSolution, "")); //$NON-NLS-1$
				return;
			}
			if (!query.equals(fetching)) {
				history.used(query.filter());
				queryBar.offerFilters(history.names());
			}
		}
		fetchStarted = System.nanoTime();
		fetching = query;
		summary.setText(NLS.bind(Messages.AlarmsView_fetching, query.mode().label(), query.filter()));
		fetcher.fetch(chosen.client(), query);
	}

	private void fetched(List<AlarmMessage> result, WinccError error) {
		AlarmQuery query = fetching;
		long ms = (System.nanoTime() - fetchStarted) / 1_000_000;
		String at = LocalTime.now().truncatedTo(ChronoUnit.SECONDS).format(CLOCK);
		if (error != null) {
			errorBanner.show(NLS.bind(Messages.AlarmsView_fetchFailed, query.mode().label(), query.filter()), error);
			if (query.equals(shown)) {
				summary.setText(NLS.bind(Messages.AlarmsView_failedAt, at));
			} else {
				shown = null;
				messages.show(List.of());
				details.show((AlarmMessage) null);
				summary.setText(NLS.bind(Messages.AlarmsView_failedNothing, at));
			}
		} else {
			errorBanner.show(null, null);
			shown = query;
			messages.show(result);
			details.show(first(messages.selected()));
			summary.setText(NLS.bind(Messages.AlarmsView_summary, new Object[] { result.size(), query.mode().label(),
					query.filter(), query.language().toLanguageTag(), at, ms }));
		}
		summary.requestLayout();
		scheduleAutoRefresh();
	}

	private void scheduleAutoRefresh() {
		stack.getDisplay().timerExec(-1, autoRefresh);
		if (queryBar.autoRefresh() && !fetcher.busy()) {
			stack.getDisplay().timerExec(queryBar.intervalMs(), autoRefresh);
		}
	}

	private void autoRefreshDue() {
		if (!stack.isDisposed() && queryBar.autoRefresh() && !fetcher.busy()) {
			fetch(fetching == null ? queryBar.query() : fetching, fetching == null);
		}
	}

	/** Copies the selected messages as tab-separated lines with a header, as the table shows them. */
	public void copySelection() {
		List<AlarmMessage> selected = messages.selected();
		if (selected.isEmpty()) {
			return;
		}
		List<String> lines = new ArrayList<>();
		List<String> header = new ArrayList<>();
		for (MessageColumn column : MessageColumn.values()) {
			header.add(column.title());
		}
		lines.add(String.join("\t", header)); //$NON-NLS-1$
		for (AlarmMessage message : selected) {
			List<String> cells = new ArrayList<>();
			for (MessageColumn column : MessageColumn.values()) {
				cells.add(column.text(message));
			}
			lines.add(String.join("\t", cells)); //$NON-NLS-1$
		}
		Clipboard clipboard = new Clipboard(stack.getDisplay());
		try {
			clipboard.setContents(new Object[] { String.join(System.lineSeparator(), lines) },
					new Transfer[] { TextTransfer.getInstance() });
		} finally {
			clipboard.dispose();
		}
	}

	/** @return the parts, for handlers and tests */
	public QueryBar queryBar() {
		return queryBar;
	}

	public MessageTable messages() {
		return messages;
	}

	public ConfigTree configuration() {
		return configTree;
	}

	public DetailsTable details() {
		return details;
	}

	public ErrorBanner errorBanner() {
		return errorBanner;
	}

	/** @return whether a fetch is running */
	public boolean busy() {
		return fetcher.busy();
	}

	@Override
	public void setFocus() {
		if (layout.topControl == main) {
			messages.viewer().getControl().setFocus();
		} else {
			emptyState.getControl().setFocus();
		}
	}

	@Override
	public void dispose() {
		manager.removeListener(connectionListener);
		if (stack != null && !stack.getDisplay().isDisposed()) {
			stack.getDisplay().timerExec(-1, autoRefresh);
		}
		if (fetcher != null) {
			fetcher.cancel();
		}
		super.dispose();
	}
}
