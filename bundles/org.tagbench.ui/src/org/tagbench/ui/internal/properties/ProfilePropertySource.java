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
		ConnectionStatus status = ConnectionManager.getDefault().status(node);
		ConnectionHealth health = status.health();
		add(null, Messages.Properties_name, p.name());
		add(null, Messages.Properties_url, p.url());
		add(null, Messages.Properties_user, p.user());
		add(null, Messages.Properties_environment, p.environment());
		add(null, Messages.Properties_readOnly, Boolean.toString(p.readOnly()));
		add(null, Messages.Properties_tls, p.tls().mode().name());
		add(null, Messages.LimitsSection_batchSize, Integer.toString(p.batchSize()));
		add(null, Messages.LimitsSection_pollInterval, Integer.toString(p.pollIntervalMs()));
		add(null, Messages.Properties_state, ConnectionsLabelProvider.stateText(status));
		if (health.samples() > 0) {
			add(null, Messages.Properties_latency, health.p50Ms() + " / " + health.p95Ms()); //$NON-NLS-1$
			add(null, Messages.Properties_errorRate, Math.round(health.errorRate() * 100) + " %"); //$NON-NLS-1$
		}
		add(null, Messages.Properties_file, node.file().path().toString());
	}
}
