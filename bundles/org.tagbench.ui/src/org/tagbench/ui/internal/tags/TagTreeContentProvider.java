package org.tagbench.ui.internal.tags;

import org.eclipse.jface.viewers.ITreeContentProvider;

/** Feeds the Tags view's tree from a {@link TagTree}: a folder's children are fetched when it is opened. */
final class TagTreeContentProvider implements ITreeContentProvider {

	private final TagTree tree;

	TagTreeContentProvider(TagTree tree) {
		this.tree = tree;
	}

	@Override
	public Object[] getElements(Object input) {
		return tree.roots().toArray();
	}

	@Override
	public Object[] getChildren(Object parent) {
		return parent instanceof FolderNode folder ? tree.children(folder).toArray() : new Object[0];
	}

	@Override
	public Object getParent(Object element) {
		return element instanceof TagTreeNode node ? node.parent() : null;
	}

	@Override
	public boolean hasChildren(Object element) {
		return element instanceof FolderNode;
	}
}
