package org.tagbench.ui.internal.watch;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IProject;
import org.tagbench.core.client.WinccClient;
import org.tagbench.core.watch.WatchItem;
import org.tagbench.core.watch.WatchModel;
import org.tagbench.ui.internal.connections.ConnectionManager;
import org.tagbench.ui.internal.connections.ConnectionSession;
import org.tagbench.ui.internal.nodes.ProfileNode;

/**
 * The workbench's connections as the watch model sees them: a profile id leads to the profile (in any
 * open project or the workspace) and to its open client. Profile names are cached for the table's labels
 * and refreshed when the connections change.
 */
public final class WatchConnections implements WatchModel.Clients {

	private final ConnectionManager manager;
	private volatile Map<String, ProfileNode> nodes = Map.of();

	public WatchConnections(ConnectionManager manager) {
		this.manager = manager;
		refresh();
	}

	/** Reads the profiles again; callable from any thread. */
	public void refresh() {
		Map<String, ProfileNode> byId = new HashMap<>();
		for (ProfileNode node : manager.allProfiles()) {
			byId.putIfAbsent(node.profile().id(), node);
		}
		nodes = byId;
	}

	@Override
	public WinccClient client(String profileId) {
		ProfileNode node = nodes.get(profileId);
		return node == null ? null : manager.session(node).map(ConnectionSession::client).orElse(null);
	}

	/** @return the profile with this id, or null when no open project or the workspace has it */
	public ProfileNode node(String profileId) {
		return nodes.get(profileId);
	}

	/** @return the project of the first of these tags whose profile lives in a project, or null */
	public IProject projectOf(List<WatchItem> items) {
		for (WatchItem item : items) {
			ProfileNode node = node(item.profileId());
			if (node != null && node.file().project() != null) {
				return node.file().project();
			}
		}
		return null;
	}

	/** @return the name of the profile, or null when it is unknown */
	public String name(String profileId) {
		ProfileNode node = nodes.get(profileId);
		return node == null ? null : node.profile().name();
	}

	/** @return every profile, the connected ones first */
	public List<ProfileNode> profiles() {
		return manager.allProfiles().stream()
				.sorted((a, b) -> Boolean.compare(manager.session(b).isPresent(), manager.session(a).isPresent()))
				.toList();
	}
}
