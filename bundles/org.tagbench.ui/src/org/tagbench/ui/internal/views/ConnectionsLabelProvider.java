package org.tagbench.ui.internal.views;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider.IStyledLabelProvider;
import org.eclipse.jface.viewers.StyledString;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.PlatformUI;
import org.tagbench.core.errors.WinccError;
import org.tagbench.ui.internal.Messages;
import org.tagbench.ui.internal.TagbenchImages;
import org.tagbench.ui.internal.connections.ConnectionManager;
import org.tagbench.ui.internal.connections.ConnectionStatus;
import org.tagbench.ui.internal.nodes.ProfileGroupNode;
import org.tagbench.ui.internal.nodes.ProfileNode;

/**
 * Labels of groups and profiles: a profile shows its state icon, name, URL, "read-only" and, while
 * connected, its median latency; the tool tip says what a failure means and what to do.
 */
public final class ConnectionsLabelProvider extends ColumnLabelProvider implements IStyledLabelProvider {

	@Override
	public StyledString getStyledText(Object element) {
		if (element instanceof ProfileGroupNode group) {
			StyledString text = new StyledString(groupName(group));
			ConnectionManager.getDefault().problem(group.file())
					.ifPresent(problem -> text.append(' ' + Messages.ConnectionsView_unreadable, StyledString.DECORATIONS_STYLER));
			return text;
		}
		if (element instanceof ProfileNode stale) {
			ProfileNode node = ConnectionManager.getDefault().current(stale);
			StyledString text = new StyledString(node.profile().name());
			text.append("  " + node.profile().url(), StyledString.QUALIFIER_STYLER); //$NON-NLS-1$
			if (node.profile().readOnly()) {
				text.append("  " + Messages.ConnectionsView_readOnly, StyledString.DECORATIONS_STYLER); //$NON-NLS-1$
			}
			text.append("  " + stateText(ConnectionManager.getDefault().status(node)), StyledString.COUNTER_STYLER); //$NON-NLS-1$
			return text;
		}
		return new StyledString(String.valueOf(element));
	}

	@Override
	public String getText(Object element) {
		return getStyledText(element).getString();
	}

	/** @return "Workspace" or the project's name */
	public static String groupName(ProfileGroupNode group) {
		return group.file().isWorkspace() ? Messages.ConnectionsView_workspaceGroup : group.file().project().getName();
	}

	/** @return the state as a short text: "connected (12 ms)", "error: HTTP 401" */
	public static String stateText(ConnectionStatus status) {
		return switch (status.state()) {
			case DISCONNECTED -> Messages.ConnectionState_disconnected;
			case CONNECTING -> Messages.ConnectionState_connecting;
			case CONNECTED -> status.health().p50Ms() < 0 ? Messages.ConnectionState_connected
					: NLS.bind(Messages.ConnectionState_connectedLatency, Long.toString(status.health().p50Ms()));
			case DEGRADED -> Messages.ConnectionState_degraded;
			case ERROR -> status.error() == null ? Messages.ConnectionState_error
					: NLS.bind(Messages.ConnectionState_errorKind, status.error().label());
		};
	}

	@Override
	public Image getImage(Object element) {
		if (element instanceof ProfileGroupNode group) {
			return group.file().isWorkspace() ? TagbenchImages.get(TagbenchImages.CONNECTIONS)
					: PlatformUI.getWorkbench().getSharedImages().getImage(IDE.SharedImages.IMG_OBJ_PROJECT);
		}
		if (element instanceof ProfileNode node) {
			return TagbenchImages.forState(ConnectionManager.getDefault().status(node).state());
		}
		return null;
	}

	@Override
	public String getToolTipText(Object element) {
		if (element instanceof ProfileGroupNode group) {
			return ConnectionManager.getDefault().problem(group.file()).orElse(group.file().path().toString());
		}
		if (element instanceof ProfileNode node) {
			WinccError error = ConnectionManager.getDefault().status(node).error();
			return error == null ? node.profile().url()
					: NLS.bind(Messages.ConnectionsView_errorTooltip, error.meaning(), error.solution());
		}
		return null;
	}
}
