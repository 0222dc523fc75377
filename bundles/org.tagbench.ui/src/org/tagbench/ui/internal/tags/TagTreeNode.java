package org.tagbench.ui.internal.tags;

/** A node of the Tags view's tree. */
public abstract class TagTreeNode {

	private final FolderNode parent;

	TagTreeNode(FolderNode parent) {
		this.parent = parent;
	}

	/** @return the folder this node is in, or null at the top */
	public FolderNode parent() {
		return parent;
	}

	/** @return the text of the name column */
	public abstract String label();

	@Override
	public String toString() {
		return label();
	}
}
