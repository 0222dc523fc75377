package org.tagbench.ui.internal.views;

import java.time.Duration;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.part.ViewPart;
import org.tagbench.core.watch.WatchItem;
import org.tagbench.core.watch.WatchList;
import org.tagbench.core.watch.WatchListener;
import org.tagbench.core.watch.WatchModel;
import org.tagbench.ui.internal.Messages;
import org.tagbench.ui.internal.connections.ConnectionListener;
import org.tagbench.ui.internal.connections.ConnectionManager;
import org.tagbench.ui.internal.watch.RefreshRunner;
import org.tagbench.ui.internal.watch.WatchCommandStates;
import org.tagbench.ui.internal.watch.WatchConnections;
import org.tagbench.ui.internal.watch.WatchListRef;
import org.tagbench.ui.internal.watch.WatchMemento;
import org.tagbench.ui.internal.watch.WatchParts;
import org.tagbench.ui.internal.widgets.ViewPages;

/**
 * The Watch view: live values of tags of any open connection, polled in bulk per connection at the
 * chosen interval, changes highlighted, errors explained. Tags come from the Tags view (drag or "Add to
 * Watch") or by name; lists are saved in projects; captured values export to CSV. The table refreshes at
 * most four times a second however many tags change. Commands are handlers in plugin.xml.
 */
public class WatchView extends ViewPart {

	/** Widget id of the empty state, for tests. */
	public static final String EMPTY_STATE_ID = "watch.empty"; //$NON-NLS-1$
	/** The pause toggle command. */
	public static final String PAUSE_COMMAND = "org.tagbench.ui.commands.watchPause"; //$NON-NLS-1$
	/** The interval radio command. */
	public static final String INTERVAL_COMMAND = "org.tagbench.ui.commands.watchInterval"; //$NON-NLS-1$
	/** The least time between two refreshes, in milliseconds: at most four a second. */
	public static final int REFRESH_MS = 250;

	private final WatchConnections connections = new WatchConnections(ConnectionManager.getDefault());
	private final WatchModel model = new WatchModel(connections);
	private final ConnectionListener connectionListener = this::connectionsChanged;
	private final WatchListener watchListener = this::requestRefresh;
	private IMemento memento;
	private ViewPages pages;
	private WatchParts parts;
	private WatchListRef list;

	@Override
	public void init(IViewSite site, IMemento state) throws PartInitException {
		super.init(site, state);
		memento = state;
	}

	@Override
	public void createPartControl(Composite parent) {
		pages = new ViewPages(parent, EMPTY_STATE_ID, Messages.WatchView_emptyTitle, Messages.WatchView_emptyHint);
		Composite main = new Composite(pages.getControl(), SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(0, 0).applyTo(main);
		parts = new WatchParts(main, model, connections, new RefreshRunner(pages.getControl(), REFRESH_MS, this::refresh));
		parts.acceptDrops(pages.emptyPage(), this::add);
		getSite().setSelectionProvider(parts.table().viewer());
		ViewContextMenu.register(getSite(), parts.table().viewer(), parts.table().viewer().getControl());
		list = WatchMemento.restore(memento, model);
		memento = null;
		syncCommandStates();
		model.addListener(watchListener);
		ConnectionManager.getDefault().addListener(connectionListener);
		refresh();
	}

	private void connectionsChanged() {
		connections.refresh();
		model.connectionsChanged();
	}

	private void requestRefresh() {
		parts.runner().request();
	}

	/** Shows the model as it is now; runs through the refresh runner, at most four times a second. */
	private void refresh() {
		pages.show(model.items().isEmpty() ? pages.emptyPage() : parts.getControl());
		parts.refresh();
		setContentDescription(list == null ? "" : list.label()); //$NON-NLS-1$
	}

	private void syncCommandStates() {
		WatchCommandStates.sync(getSite().getService(ICommandService.class), model, PAUSE_COMMAND, INTERVAL_COMMAND);
	}

	// --- what the commands do ---

	/** Watches these tags too; the ones watched already stay where they are. */
	public void add(List<WatchItem> items) {
		int added = model.add(items);
		getViewSite().getActionBars().getStatusLineManager()
				.setMessage(NLS.bind(Messages.WatchView_added, added, items.size() - added));
	}

	/** Stops watching the selected tags. */
	public void removeSelected() {
		model.remove(parts.table().selected());
	}

	/** Stops watching every tag. */
	public void removeAll() {
		model.clear();
	}

	/** Pauses or resumes polling. */
	public void setPaused(boolean paused) {
		if (paused) {
			model.pause();
		} else {
			model.resume();
		}
	}

	/** Polls every {@code millis} from now on. */
	public void setInterval(int millis) {
		model.setInterval(Duration.ofMillis(millis));
	}

	/** Shows a list read from a project in place of the tags watched now. */
	public void open(WatchListRef ref, WatchList opened) {
		list = ref;
		model.load(opened);
		syncCommandStates();
	}

	/** Remembers that the tags were saved as {@code ref}. */
	public void saved(WatchListRef ref) {
		list = ref;
		requestRefresh();
	}

	/** @return the list opened or saved last, or null */
	public WatchListRef list() {
		return list;
	}

	/** @return the project to suggest for saving: the list's, else the first watched tag's profile's */
	public IProject suggestedProject() {
		return list != null ? list.project() : connections.projectOf(model.items());
	}

	public WatchModel model() {
		return model;
	}

	public WatchConnections connections() {
		return connections;
	}

	/** @return the table, status line and refresh runner, for handlers and tests */
	public WatchParts parts() {
		return parts;
	}

	@Override
	public void saveState(IMemento state) {
		WatchMemento.save(state, model, list);
	}

	@Override
	public void setFocus() {
		pages.setFocus(parts.getControl(), parts.table().viewer().getControl());
	}

	@Override
	public void dispose() {
		ConnectionManager.getDefault().removeListener(connectionListener);
		model.removeListener(watchListener);
		model.close();
		super.dispose();
	}
}
