package org.tagbench.ui.internal.views;

import org.eclipse.jface.viewers.ITreeContentProvider;
import org.tagbench.ui.internal.connections.ConnectionManager;
import org.tagbench.ui.internal.nodes.ProfileGroupNode;
import org.tagbench.ui.internal.nodes.ProfileNode;

/** Groups (workspace, projects) at the top, their profiles below. The input is the {@link ConnectionManager}. */
final class ConnectionsContentProvider implements ITreeContentProvider {

	@Override
	public Object[] getElements(Object input) {
		if (input instanceof ConnectionManager manager) {
			return manager.files().stream().map(ProfileGroupNode::new).toArray();
		}
		return new Object[0];
	}

	@Override
	public Object[] getChildren(Object parent) {
		if (parent instanceof ProfileGroupNode group) {
			return ConnectionManager.getDefault().profiles(group.file()).toArray();
		}
		return new Object[0];
	}

	@Override
	public Object getParent(Object element) {
		return element instanceof ProfileNode node ? new ProfileGroupNode(node.file()) : null;
	}

	@Override
	public boolean hasChildren(Object element) {
		return element instanceof ProfileGroupNode;
	}
}
