package org.tagbench.ui.internal.tags;

import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.tagbench.ui.internal.Messages;

/**
 * A run of at most a soft limit of a large folder's shown children past its first ones, named by its first
 * and last child ("Tag001001 … Tag002000"), as the Debug view partitions large arrays. Its children are
 * put into the tree only when it is opened, and no tree item ever holds more than a soft limit of rows:
 * GTK keeps a row's children as a list and walks it for each row added or changed.
 */
public final class RangeNode extends TagTreeNode {

	private final int from;
	private final int size;

	RangeNode(FolderNode folder, int from, int size) {
		super(folder);
		this.from = from;
		this.size = size;
	}

	/** @return the index of its first child among the folder's loaded children */
	int from() {
		return from;
	}

	/** @return the folder's children in this range, as far as they are shown */
	public List<TagTreeNode> children() {
		List<TagTreeNode> loaded = parent().loaded();
		int to = Math.min(from + size, parent().visible());
		return from >= to ? List.of() : loaded.subList(from, to);
	}

	@Override
	public String label() {
		List<TagTreeNode> children = children();
		return children.isEmpty() ? "" //$NON-NLS-1$
				: NLS.bind(Messages.TagTree_range, children.get(0).label(), children.get(children.size() - 1).label());
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof RangeNode range && range.parent() == parent() && range.from == from;
	}

	@Override
	public int hashCode() {
		return System.identityHashCode(parent()) * 31 + from;
	}
}
