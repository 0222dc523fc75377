package org.tagbench.ui.internal.alarms;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;
import org.tagbench.ui.internal.Messages;
import org.tagbench.ui.internal.UiRunner;
import org.tagbench.ui.internal.connections.ConnectionListener;
import org.tagbench.ui.internal.connections.ConnectionManager;
import org.tagbench.ui.internal.connections.ConnectionSession;
import org.tagbench.ui.internal.nodes.ProfileNode;
import org.tagbench.ui.internal.views.ProfileView;
import org.tagbench.ui.internal.views.ViewContextMenu;
import org.tagbench.ui.internal.widgets.ViewPages;

/**
 * The Alarms view: the alarm logging of one open connection. On the left its configuration (message
 * classes, types, groups, blocks, messages, limit values), on the right the runtime list chosen (message
 * list, short-term archive, hit list, …) for a REST filter in a language, coloured by state, and the fields
 * of the selected row. Fetches run in Jobs ({@link AlarmRefresh}); refresh by command (F5) or every few
 * seconds.
 */
public class AlarmsView extends ViewPart implements ProfileView {

	/** Widget ids, for tests. */
	public static final String EMPTY_STATE_ID = "alarms.empty"; //$NON-NLS-1$
	public static final String SUMMARY_ID = "alarms.summary"; //$NON-NLS-1$

	private final ConnectionManager manager = ConnectionManager.getDefault();
	private final ConnectionListener connectionListener = this::connectionsChangedLater;
	private ViewPages pages;
	private AlarmsParts parts;
	private AlarmRefresh refresher;
	private ProfileNode preferred;

	@Override
	public void createPartControl(Composite parent) {
		pages = new ViewPages(parent, EMPTY_STATE_ID, Messages.AlarmsView_emptyTitle, Messages.AlarmsView_emptyHint);
		parts = new AlarmsParts(pages.getControl(), () -> refresher.refresh(), () -> refresher.scheduleAutoRefresh());
		refresher = new AlarmRefresh(pages.getControl(), parts, this::chosenSession, this::connectionsChanged);
		getSite().setSelectionProvider(parts.messages().viewer());
		ViewContextMenu.register(getSite(), parts.messages().viewer(), parts.messages().viewer().getControl());
		manager.addListener(connectionListener);
		connectionsChanged();
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
		return parts.queryBar().chosenConnection();
	}

	private void connectionsChangedLater() {
		UiRunner.run(pages.getControl(), this::connectionsChanged);
	}

	/** Offers the open connections in the query bar, the one asked for by {@link #show} chosen once it is open. */
	private void connectionsChanged() {
		List<ProfileNode> open = new ArrayList<>();
		for (ProfileNode node : manager.allProfiles()) {
			if (manager.session(node).isPresent()) {
				open.add(node);
			}
		}
		ProfileNode wanted = preferred == null ? null : manager.current(preferred);
		parts.queryBar().offer(open, wanted);
		if (wanted == null || open.contains(wanted)) {
			preferred = null;
		}
		ConnectionSession chosen = chosenSession();
		if (chosen == null) {
			refresher.noConnection();
			pages.showEmpty(Messages.AlarmsView_emptyTitle, Messages.AlarmsView_emptyHint);
			return;
		}
		pages.show(parts.getControl());
		refresher.connectionChosen(chosen);
	}

	private ConnectionSession chosenSession() {
		ProfileNode node = parts.queryBar().chosenConnection();
		return node == null ? null : manager.session(node).orElse(null);
	}

	/** Fetches the list chosen in the query bar (and the configuration when the connection or language changed). */
	public void refresh() {
		refresher.refresh();
	}

	/** Copies the selected messages as tab-separated lines with a header, as the table shows them. */
	public void copySelection() {
		parts.messages().copySelection();
	}

	/** @return the parts, for handlers and tests */
	public QueryBar queryBar() {
		return parts.queryBar();
	}

	public MessageTable messages() {
		return parts.messages();
	}

	public ConfigTree configuration() {
		return parts.configuration();
	}

	public DetailsTable details() {
		return parts.details();
	}

	public ErrorBanner errorBanner() {
		return parts.errorBanner();
	}

	/** @return whether a fetch is running */
	public boolean busy() {
		return refresher.busy();
	}

	@Override
	public void setFocus() {
		pages.setFocus(parts.getControl(), parts.messages().viewer().getControl());
	}

	@Override
	public void dispose() {
		manager.removeListener(connectionListener);
		if (refresher != null) {
			refresher.dispose();
		}
		super.dispose();
	}
}
