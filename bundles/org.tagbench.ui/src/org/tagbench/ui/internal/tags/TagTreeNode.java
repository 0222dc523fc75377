package org.tagbench.ui.internal.tags;

/** A node of the Tags view's tree. */
public abstract class TagTreeNode {

	private final FolderNode parent;
	private int index = -1;

	TagTreeNode(FolderNode parent) {
		this.parent = parent;
	}

	/** @return the folder this node is in, or null at the top */
	public FolderNode parent() {
		return parent;
	}

	/** @return where the node is among its folder's loaded children, or -1 when it is not one of them */
	int index() {
		return index;
	}

	void index(int position) {
		index = position;
	}

	/** @return the text of the name column */
	public abstract String label();

	@Override
	public String toString() {
		return label();
	}
}
