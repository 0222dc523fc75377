package org.tagbench.ui.internal.watch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.ui.IMemento;
import org.tagbench.core.watch.WatchItem;
import org.tagbench.core.watch.WatchList;
import org.tagbench.core.watch.WatchModel;

/** What the Watch view keeps across restarts in its memento: the interval, the watched tags and the list. */
public final class WatchMemento {

	private static final String KEY_INTERVAL = "intervalMs"; //$NON-NLS-1$
	private static final String KEY_ITEM = "item"; //$NON-NLS-1$
	private static final String KEY_PROFILE = "profile"; //$NON-NLS-1$
	private static final String KEY_TAG = "tag"; //$NON-NLS-1$
	private static final String KEY_PROJECT = "project"; //$NON-NLS-1$
	private static final String KEY_LIST = "list"; //$NON-NLS-1$

	private WatchMemento() {
	}

	/**
	 * Puts the interval and tags kept in {@code state} into {@code model}.
	 *
	 * @return the list the tags came from or were saved as, if its project is still there; else null
	 */
	public static WatchListRef restore(IMemento state, WatchModel model) {
		if (state == null) {
			return null;
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
			return found.isAccessible() ? new WatchListRef(found, name) : null;
		}
		return null;
	}

	/** Keeps the model's interval and tags, and {@code list} unless it is null, in {@code state}. */
	public static void save(IMemento state, WatchModel model, WatchListRef list) {
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
}
