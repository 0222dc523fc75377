package org.tagbench.ui.internal.tags;

import org.eclipse.jface.viewers.ITreeContentProvider;

/**
 * Feeds the Tags view's tree from a {@link TagTree}: a folder's children are fetched when it is opened, a
 * range's children are put into the tree when it is opened.
 */
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
		if (parent instanceof FolderNode folder) {
			return tree.children(folder).toArray();
		}
		return parent instanceof RangeNode range ? range.children().toArray() : new Object[0];
	}

	@Override
	public Object getParent(Object element) {
		return element instanceof TagTreeNode node ? tree.parentOf(node) : null;
	}

	@Override
	public boolean hasChildren(Object element) {
		return element instanceof FolderNode || element instanceof RangeNode;
	}
}
