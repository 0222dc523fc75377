package org.tagbench.ui.internal.properties;

import org.tagbench.core.diagnostics.ConnectionHealth;
import org.tagbench.core.profiles.ConnectionProfile;
import org.tagbench.ui.internal.Messages;
import org.tagbench.ui.internal.connections.ConnectionManager;
import org.tagbench.ui.internal.connections.ConnectionStatus;
import org.tagbench.ui.internal.nodes.ProfileNode;
import org.tagbench.ui.internal.views.ConnectionsLabelProvider;

/** A profile in the Properties view: its settings (never a password) and its connection's health. */
final class ProfilePropertySource extends ReadOnlyPropertySource {

	ProfilePropertySource(ProfileNode node) {
		ConnectionProfile p = node.profile();
		add(null, Messages.Properties_name, p.name());
		add(null, Messages.Properties_url, p.url());
		add(null, Messages.Properties_user, p.user());
		add(null, Messages.Properties_environment, p.environment());
		add(null, Messages.Properties_readOnly, Boolean.toString(p.readOnly()));
		add(null, Messages.Properties_tls, p.tls().mode().name());
		add(null, Messages.LimitsSection_batchSize, Integer.toString(p.batchSize()));
		add(null, Messages.LimitsSection_pollInterval, Integer.toString(p.pollIntervalMs()));
		addLive(null, Messages.Properties_state, () -> ConnectionsLabelProvider.stateText(status(node)));
		addLive(null, Messages.Properties_latency, () -> latency(status(node).health()));
		addLive(null, Messages.Properties_errorRate, () -> errorRate(status(node).health()));
		add(null, Messages.Properties_file, node.file().path().toString());
	}

	private static ConnectionStatus status(ProfileNode node) {
		return ConnectionManager.getDefault().status(node);
	}

	/** @return p50 / p95 in ms, or nothing before the first measured request */
	private static String latency(ConnectionHealth health) {
		return health.samples() > 0 ? health.p50Ms() + " / " + health.p95Ms() : null; //$NON-NLS-1$
	}

	private static String errorRate(ConnectionHealth health) {
		return health.samples() > 0 ? Math.round(health.errorRate() * 100) + " %" : null; //$NON-NLS-1$
	}
}
