package org.tagbench.ui.internal.tags;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.tagbench.core.errors.WinccError;

/**
 * A node whose children come from the runtime page by page: the favourites, a category, a driver
 * connection, a group, a structure type or instance, a search. It keeps what was loaded, where to go on, how many
 * children are shown (the rest waits behind a "show next" node), and the error of the last fetch.
 * Changed only on the UI thread.
 */
public final class FolderNode extends TagTreeNode {

	/** What a folder stands for; decides its icon. */
	public enum Kind {
		FAVOURITES, CATEGORY, DRIVER_CONNECTION, GROUP, STRUCTURE_TYPE, STRUCTURE_VARIABLE, SEARCH
	}

	private final Kind kind;
	private final String label;
	private final Object item;
	private final PageSource source;
	private final List<TagTreeNode> loaded = new ArrayList<>();
	private final FolderNames names = new FolderNames();
	private String continuationPoint;
	private boolean started;
	private boolean loading;
	private WinccError error;
	private int visible;
	private TagTree tree;

	FolderNode(FolderNode parent, Kind kind, String label, Object item, PageSource source) {
		super(parent);
		this.kind = kind;
		this.label = label;
		this.item = item;
		this.source = source;
	}

	@Override
	public String label() {
		return label;
	}

	/** @return what the folder stands for */
	public Kind kind() {
		return kind;
	}

	/** @return the model object from the runtime (a group, a connection, …), or null for a category */
	public Object item() {
		return item;
	}

	/** @return the tree this folder belongs to */
	TagTree tree() {
		return parent() == null ? tree : parent().tree();
	}

	void attach(TagTree owner) {
		tree = owner;
	}

	PageSource source() {
		return source;
	}

	/** @return the children loaded so far (a read-only view; read it on the UI thread) */
	public List<TagTreeNode> loaded() {
		return Collections.unmodifiableList(loaded);
	}

	/** @return the folded names of the loaded children, for the filter */
	FolderNames names() {
		return names;
	}

	/** @return how many of the loaded children are shown */
	int visible() {
		return Math.min(visible, loaded.size());
	}

	/** @return whether no page was asked for yet */
	boolean notStarted() {
		return !started;
	}

	/** @return whether a page is being fetched */
	public boolean isLoading() {
		return loading;
	}

	/** @return the error of the last fetch, or null */
	public WinccError error() {
		return error;
	}

	/** @return whether the runtime has more children than loaded */
	public boolean hasMoreOnServer() {
		return continuationPoint != null;
	}

	String continuationPoint() {
		return continuationPoint;
	}

	/** Marks a fetch as started and shows {@code softLimit} more children once they are there. */
	void startFetch(int softLimit) {
		started = true;
		loading = true;
		error = null;
		visible += softLimit;
	}

	/** Shows {@code softLimit} more of the children already loaded. */
	void showMore(int softLimit) {
		visible += softLimit;
	}

	void pageArrived(List<TagTreeNode> children, String next) {
		loading = false;
		for (TagTreeNode child : children) {
			child.index(loaded.size());
			loaded.add(child);
		}
		names.add(children);
		continuationPoint = next;
	}

	void fetchFailed(WinccError failure) {
		loading = false;
		error = failure;
		if (loaded.isEmpty()) {
			started = false;
			visible = 0;
		}
	}

	/** Forgets every child so that the next expand fetches again. */
	void reset() {
		loaded.clear();
		names.clear();
		continuationPoint = null;
		started = false;
		loading = false;
		error = null;
		visible = 0;
	}
}
