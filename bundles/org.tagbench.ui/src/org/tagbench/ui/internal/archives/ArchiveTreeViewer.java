package org.tagbench.ui.internal.archives;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.tagbench.ui.internal.TagbenchImages;
import org.tagbench.ui.internal.widgets.EmptyState;

/** The tree of archives and their variables; several variables can be selected for one trend. */
public final class ArchiveTreeViewer {

	/** Widget id of the tree, for tests. */
	public static final String TREE_ID = "archives.tree"; //$NON-NLS-1$

	private final TreeViewer viewer;
	private ArchiveTree tree;

	public ArchiveTreeViewer(Composite parent) {
		viewer = new TreeViewer(parent, SWT.MULTI | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTree().setData(EmptyState.WIDGET_ID, TREE_ID);
		viewer.setUseHashlookup(true);
		viewer.setContentProvider(new ContentProvider());
		viewer.setLabelProvider(new Labels());
	}

	/** @return the JFace viewer */
	public TreeViewer viewer() {
		return viewer;
	}

	/** Shows a tree (null: none). */
	public void setInput(ArchiveTree input) {
		tree = input;
		viewer.setInput(input);
	}

	/** Shows what changed in the tree, keeping what is open and selected. */
	public void refresh() {
		if (!viewer.getControl().isDisposed()) {
			viewer.refresh();
		}
	}

	/** @return the archive variables selected */
	public List<VariableNode> selectedVariables() {
		List<VariableNode> selected = new ArrayList<>();
		for (Object element : viewer.getStructuredSelection()) {
			if (element instanceof VariableNode variable) {
				selected.add(variable);
			}
		}
		return selected;
	}

	private final class ContentProvider implements ITreeContentProvider {

		@Override
		public Object[] getElements(Object input) {
			return tree == null ? new Object[0] : tree.roots().toArray();
		}

		@Override
		public Object[] getChildren(Object parent) {
			return parent instanceof ArchiveNode archive && tree != null ? tree.children(archive).toArray() : new Object[0];
		}

		@Override
		public Object getParent(Object element) {
			if (element instanceof VariableNode variable) {
				return variable.parent();
			}
			return element instanceof MessageNode message ? message.parent() : null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return element instanceof ArchiveNode;
		}
	}

	private static final class Labels extends LabelProvider {

		@Override
		public String getText(Object element) {
			if (element instanceof ArchiveNode archive) {
				return archive.archive().type() == null ? archive.name() : archive.name() + "  [" + archive.archive().type() + ']'; //$NON-NLS-1$
			}
			if (element instanceof VariableNode variable) {
				return variable.label();
			}
			return element instanceof MessageNode message ? message.text() : super.getText(element);
		}

		@Override
		public Image getImage(Object element) {
			if (element instanceof ArchiveNode) {
				return PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJ_FOLDER);
			}
			if (element instanceof VariableNode) {
				return TagbenchImages.get(TagbenchImages.TAG);
			}
			if (element instanceof MessageNode message && message.error() != null) {
				return PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJS_ERROR_TSK);
			}
			return null;
		}
	}
}
