package org.tagbench.ui.internal.tags;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.osgi.util.NLS;
import org.tagbench.core.client.WinccClient;
import org.tagbench.core.errors.WinccException;
import org.tagbench.core.model.BulkReadResult;
import org.tagbench.core.model.Page;
import org.tagbench.core.model.TagValue;
import org.tagbench.ui.internal.Messages;
import org.tagbench.ui.internal.UiRunner;
import org.tagbench.ui.internal.jobs.RunningJobs;

/**
 * The tag tree of one connection: folders whose children are fetched in the background one page at a
 * time when first shown, at most a soft limit of them shown at once, and the current values of the
 * tags loaded. Folder state changes on the UI thread only; the runtime is asked in Jobs of the
 * Tagbench family. Tells its listener on the UI thread.
 */
public final class TagTree {

	/** Hears what changed, on the UI thread. */
	public interface Listener {
		/** The children of {@code folder} (null: the top level) changed. */
		void folderChanged(FolderNode folder);

		/**
		 * The first {@code unchanged} children {@code folder} showed are still shown as they were, except
		 * that the last of them, when a {@link RangeNode}, may hold more; what followed them (a "loading" or
		 * "show next" node) was replaced by what {@link #children} now returns after them: a page arrived, a
		 * fetch started or failed, or more loaded children are shown.
		 */
		void folderGrew(FolderNode folder, int unchanged);

		/** New values arrived for these tags. */
		void valuesChanged(List<TagNode> tags);
	}

	/**
	 * Pages fetched at most for one "show next": a runtime that ignores the group or name selection
	 * answers sparse pages (core filters them again), so a fetch goes on until it has a screenful.
	 */
	private static final int MAX_PAGES_PER_FETCH = 10;

	private final WinccClient client;
	private final int softLimit;
	private final Listener listener;
	private final List<FolderNode> roots;
	private final Map<String, TagValue> values = new ConcurrentHashMap<>();
	private final RunningJobs running = new RunningJobs();
	private final Supplier<List<String>> favouriteNames;
	private final FolderNode favourites;
	private FolderNode search;
	private volatile boolean disposed;

	/**
	 * @param client    the connection's client
	 * @param softLimit children shown at once before a "show next" node (also the page size asked for)
	 */
	public TagTree(WinccClient client, int softLimit, Listener listener) {
		this(client, softLimit, listener, List::of);
	}

	/**
	 * @param client         the connection's client
	 * @param softLimit      children shown at once before a "show next" node (also the page size asked for)
	 * @param favouriteNames the names of the profile's favourite tags, asked for on the UI thread
	 */
	public TagTree(WinccClient client, int softLimit, Listener listener, Supplier<List<String>> favouriteNames) {
		this.client = client;
		this.softLimit = softLimit;
		this.listener = listener;
		this.favouriteNames = favouriteNames;
		this.roots = TagSources.roots();
		roots.forEach(root -> root.attach(this));
		this.favourites = TagSources.favourites(favouriteNames);
		favourites.attach(this);
	}

	/**
	 * @return the top-level nodes: the favourites when there are any, the last server search if there
	 *         was one, and the categories
	 */
	public List<TagTreeNode> roots() {
		List<TagTreeNode> top = new ArrayList<>();
		if (!favouriteNames.get().isEmpty()) {
			top.add(favourites);
		}
		if (search != null) {
			top.add(search);
		}
		top.addAll(roots);
		return top;
	}

	/** @return the folder of the favourite tags (shown at the top while there are any) */
	public FolderNode favourites() {
		return favourites;
	}

	/** Loads the favourites again after they changed. */
	public void favouritesChanged() {
		favourites.reset();
		listener.folderChanged(null);
	}

	/**
	 * @return what a folder shows: the children loaded so far up to the shown count (past the first soft
	 *         limit of them in {@link RangeNode ranges} of a soft limit each), then a node that says
	 *         "loading", "empty", what failed, or offers the next children. Starts the first fetch.
	 */
	public List<TagTreeNode> children(FolderNode folder) {
		if (folder.notStarted() && folder.error() == null) {
			fetch(folder);
		}
		List<TagTreeNode> loaded = folder.loaded();
		int visible = folder.visible();
		List<TagTreeNode> shown = new ArrayList<>(loaded.subList(0, Math.min(visible, softLimit)));
		for (int from = softLimit; from < visible; from += softLimit) {
			shown.add(new RangeNode(folder, from, softLimit));
		}
		if (folder.isLoading()) {
			shown.add(StatusNode.loading(folder));
		} else if (folder.error() != null) {
			shown.add(StatusNode.failed(folder, folder.error()));
		} else if (loaded.isEmpty() && !folder.hasMoreOnServer()) {
			shown.add(StatusNode.empty(folder));
		} else if (loaded.size() > visible || folder.hasMoreOnServer()) {
			shown.add(new MoreNode(folder, softLimit));
		}
		return shown;
	}

	/**
	 * @return the node the tree shows {@code node} in: the range holding it when it is past the first soft
	 *         limit of its folder's children, else its folder (null at the top)
	 */
	public TagTreeNode parentOf(TagTreeNode node) {
		FolderNode folder = node.parent();
		if (folder == null || node instanceof RangeNode || node.index() < softLimit) {
			return folder;
		}
		return new RangeNode(folder, node.index() / softLimit * softLimit, softLimit);
	}

	/** @return how many children of the folder {@link #children} returns before its trailing node */
	private int kept(FolderNode folder) {
		int visible = folder.visible();
		return visible <= softLimit ? visible : softLimit + (visible - 1) / softLimit;
	}

	/** Shows the next children of the folder behind {@code more}, fetching them when needed. */
	public void showMore(MoreNode more) {
		FolderNode folder = more.parent();
		if (folder.isLoading()) {
			return;
		}
		int unchanged = kept(folder);
		if (folder.loaded().size() > folder.visible() || !folder.hasMoreOnServer()) {
			folder.showMore(softLimit);
		} else {
			fetch(folder);
		}
		listener.folderGrew(folder, unchanged);
	}

	/** Fetches the folder's children again (all folders when {@code folder} is null). */
	public void refresh(FolderNode folder) {
		if (folder == null) {
			roots.forEach(FolderNode::reset);
			favourites.reset();
			if (search != null) {
				search.reset();
			}
			values.clear();
		} else {
			folder.reset();
		}
		listener.folderChanged(folder);
	}

	/**
	 * Searches the runtime for tags whose names match; text without wildcards matches anywhere in the
	 * name. The result is a top-level folder.
	 */
	public FolderNode search(String text) {
		search = TagSources.search(TagFilter.wildcard(text.strip()));
		search.attach(this);
		listener.folderChanged(null);
		return search;
	}

	/** @return the value last read for the tag, or null */
	public TagValue value(TagNode tag) {
		return values.get(tag.name());
	}

	/** Reads the current values of these tags in the background. */
	public void readValues(List<TagNode> tags) {
		if (tags.isEmpty()) {
			return;
		}
		List<String> names = tags.stream().map(TagNode::name).distinct().toList();
		running.schedule(NLS.bind(Messages.TagTree_readingValues, Integer.valueOf(names.size())), monitor -> {
			try {
				BulkReadResult result = client.values().read(names, monitor);
				names.forEach(name -> values.put(name, result.get(name)));
			} catch (WinccException e) {
				names.forEach(name -> values.put(name, TagValue.failed(name, e.error())));
			}
			deliver(() -> listener.valuesChanged(tags));
		});
	}

	/** Records values read or written elsewhere (e.g. the read-back of a write). */
	public void putValue(TagValue value) {
		values.put(value.name(), value);
	}

	/** Cancels the fetches still running; the tree tells nothing afterwards. */
	public void dispose() {
		disposed = true;
		running.cancelAll();
	}

	private void fetch(FolderNode folder) {
		folder.startFetch(softLimit);
		String next = folder.continuationPoint();
		running.schedule(NLS.bind(Messages.TagTree_fetching, folder.label()), monitor -> {
			try {
				List<TagTreeNode> children = new ArrayList<>();
				String position = next;
				int pages = 0;
				do {
					Page<TagTreeNode> page = folder.source().fetch(folder, client, position, softLimit, monitor);
					children.addAll(page.items());
					position = page.hasMore() ? page.continuationPoint() : null;
					pages++;
				} while (position != null && children.size() < softLimit && pages < MAX_PAGES_PER_FETCH);
				String rest = position;
				deliver(() -> {
					int unchanged = kept(folder);
					folder.pageArrived(children, rest);
					listener.folderGrew(folder, unchanged);
				});
				readValues(tagsOf(children));
			} catch (WinccException e) {
				deliver(() -> {
					int unchanged = kept(folder);
					folder.fetchFailed(e.error());
					listener.folderGrew(folder, Math.min(unchanged, kept(folder)));
				});
			} catch (OperationCanceledException e) {
				deliver(() -> {
					folder.reset();
					listener.folderChanged(folder);
				});
			}
		});
	}

	private static List<TagNode> tagsOf(List<TagTreeNode> nodes) {
		List<TagNode> tags = new ArrayList<>();
		for (TagTreeNode node : nodes) {
			if (node instanceof TagNode tag) {
				tags.add(tag);
			}
		}
		return Collections.unmodifiableList(tags);
	}

	private void deliver(Runnable change) {
		UiRunner.run(() -> {
			if (!disposed) {
				change.run();
			}
		});
	}
}
