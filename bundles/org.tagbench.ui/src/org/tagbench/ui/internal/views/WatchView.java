package org.tagbench.ui.internal.views;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.State;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.RadioState;
import org.eclipse.ui.handlers.RegistryToggleState;
import org.eclipse.ui.part.ViewPart;
import org.tagbench.core.watch.WatchItem;
import org.tagbench.core.watch.WatchList;
import org.tagbench.core.watch.WatchListener;
import org.tagbench.core.watch.WatchModel;
import org.tagbench.ui.internal.Messages;
import org.tagbench.ui.internal.connections.ConnectionListener;
import org.tagbench.ui.internal.connections.ConnectionManager;
import org.tagbench.ui.internal.watch.RefreshRunner;
import org.tagbench.ui.internal.watch.WatchConnections;
import org.tagbench.ui.internal.watch.WatchListRef;
import org.tagbench.ui.internal.watch.WatchParts;
import org.tagbench.ui.internal.widgets.EmptyState;

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

	private static final String KEY_INTERVAL = "intervalMs"; //$NON-NLS-1$
	private static final String KEY_ITEM = "item"; //$NON-NLS-1$
	private static final String KEY_PROFILE = "profile"; //$NON-NLS-1$
	private static final String KEY_TAG = "tag"; //$NON-NLS-1$
	private static final String KEY_PROJECT = "project"; //$NON-NLS-1$
	private static final String KEY_LIST = "list"; //$NON-NLS-1$

	private final WatchConnections connections = new WatchConnections(ConnectionManager.getDefault());
	private final WatchModel model = new WatchModel(connections);
	private final ConnectionListener connectionListener = this::connectionsChanged;
	private final WatchListener watchListener = this::requestRefresh;
	private IMemento memento;
	private Composite stack;
	private StackLayout layout;
	private EmptyState emptyState;
	private WatchParts parts;
	private WatchListRef list;

	@Override
	public void init(IViewSite site, IMemento state) throws PartInitException {
		super.init(site, state);
		memento = state;
	}

	@Override
	public void createPartControl(Composite parent) {
		stack = new Composite(parent, SWT.NONE);
		layout = new StackLayout();
		stack.setLayout(layout);
		emptyState = new EmptyState(stack, EMPTY_STATE_ID, Messages.WatchView_emptyTitle, Messages.WatchView_emptyHint);
		Composite main = new Composite(stack, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(0, 0).applyTo(main);
		parts = new WatchParts(main, model, connections, new RefreshRunner(stack, REFRESH_MS, this::refresh));
		parts.acceptDrops(emptyState.getControl(), this::add);
		getSite().setSelectionProvider(parts.table().viewer());
		contextMenu();
		restore(memento);
		memento = null;
		syncCommandStates();
		model.addListener(watchListener);
		ConnectionManager.getDefault().addListener(connectionListener);
		refresh();
	}

	private void contextMenu() {
		MenuManager menu = new MenuManager();
		menu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		Control table = parts.table().viewer().getControl();
		table.setMenu(menu.createContextMenu(table));
		getSite().registerContextMenu(menu, parts.table().viewer());
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
		Control top = model.items().isEmpty() ? emptyState.getControl() : parts.getControl();
		if (layout.topControl != top) {
			layout.topControl = top;
			stack.layout();
		}
		parts.refresh();
		setContentDescription(list == null ? "" : list.label()); //$NON-NLS-1$
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
		if (list != null) {
			return list.project();
		}
		for (WatchItem item : model.items()) {
			var node = connections.node(item.profileId());
			if (node != null && node.file().project() != null) {
				return node.file().project();
			}
		}
		return null;
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

	private void syncCommandStates() {
		ICommandService commands = getSite().getService(ICommandService.class);
		setState(commands.getCommand(PAUSE_COMMAND), RegistryToggleState.STATE_ID, Boolean.valueOf(model.isPaused()));
		setState(commands.getCommand(INTERVAL_COMMAND), RadioState.STATE_ID, Long.toString(model.interval().toMillis()));
		commands.refreshElements(PAUSE_COMMAND, null);
		commands.refreshElements(INTERVAL_COMMAND, null);
	}

	private static void setState(Command command, String id, Object value) {
		State state = command.getState(id);
		if (state != null) {
			state.setValue(value);
		}
	}

	// --- the watched tags across restarts ---

	private void restore(IMemento state) {
		if (state == null) {
			return;
		}
		Integer interval = state.getInteger(KEY_INTERVAL);
		if (interval != null && interval >= WatchList.MIN_INTERVAL_MS) {
			model.setInterval(Duration.ofMillis(interval));
		}
		List<WatchItem> items = new ArrayList<>();
		for (IMemento item : state.getChildren(KEY_ITEM)) {
			String profile = item.getString(KEY_PROFILE);
			String tag = item.getString(KEY_TAG);
			if (profile != null && tag != null && !tag.isBlank()) {
				items.add(new WatchItem(profile, tag));
			}
		}
		model.add(items);
		String project = state.getString(KEY_PROJECT);
		String name = state.getString(KEY_LIST);
		if (project != null && name != null) {
			IProject found = ResourcesPlugin.getWorkspace().getRoot().getProject(project);
			list = found.isAccessible() ? new WatchListRef(found, name) : null;
		}
	}

	@Override
	public void saveState(IMemento state) {
		state.putInteger(KEY_INTERVAL, (int) model.interval().toMillis());
		for (WatchItem item : model.items()) {
			IMemento child = state.createChild(KEY_ITEM);
			child.putString(KEY_PROFILE, item.profileId());
			child.putString(KEY_TAG, item.tag());
		}
		if (list != null) {
			state.putString(KEY_PROJECT, list.project().getName());
			state.putString(KEY_LIST, list.name());
		}
	}

	@Override
	public void setFocus() {
		if (layout.topControl == parts.getControl()) {
			parts.table().viewer().getControl().setFocus();
		} else {
			emptyState.getControl().setFocus();
		}
	}

	@Override
	public void dispose() {
		ConnectionManager.getDefault().removeListener(connectionListener);
		model.removeListener(watchListener);
		model.close();
		super.dispose();
	}
}
