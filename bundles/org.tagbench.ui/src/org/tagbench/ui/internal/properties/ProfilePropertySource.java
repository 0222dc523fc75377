package org.tagbench.ui.internal.properties;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;
import org.tagbench.core.diagnostics.ConnectionHealth;
import org.tagbench.core.profiles.ConnectionProfile;
import org.tagbench.ui.internal.Messages;
import org.tagbench.ui.internal.connections.ConnectionManager;
import org.tagbench.ui.internal.connections.ConnectionStatus;
import org.tagbench.ui.internal.nodes.ProfileNode;
import org.tagbench.ui.internal.views.ConnectionsLabelProvider;

/** A profile in the Properties view: its settings (never a password) and its connection's health. */
final class ProfilePropertySource implements IPropertySource {

	private final Map<String, String> values = new LinkedHashMap<>();

	ProfilePropertySource(ProfileNode node) {
		ConnectionProfile p = node.profile();
		ConnectionStatus status = ConnectionManager.getDefault().status(node);
		ConnectionHealth health = status.health();
		values.put(Messages.Properties_name, p.name());
		values.put(Messages.Properties_url, p.url());
		values.put(Messages.Properties_user, p.user());
		values.put(Messages.Properties_environment, p.environment());
		values.put(Messages.Properties_readOnly, Boolean.toString(p.readOnly()));
		values.put(Messages.Properties_tls, p.tls().mode().name());
		values.put(Messages.LimitsSection_batchSize, Integer.toString(p.batchSize()));
		values.put(Messages.LimitsSection_pollInterval, Integer.toString(p.pollIntervalMs()));
		values.put(Messages.Properties_state, ConnectionsLabelProvider.stateText(status));
		if (health.samples() > 0) {
			values.put(Messages.Properties_latency, health.p50Ms() + " / " + health.p95Ms()); //$NON-NLS-1$
			values.put(Messages.Properties_errorRate, Math.round(health.errorRate() * 100) + " %"); //$NON-NLS-1$
		}
		values.put(Messages.Properties_file, node.file().path().toString());
	}

	@Override
	public Object getEditableValue() {
		return this;
	}

	@Override
	public IPropertyDescriptor[] getPropertyDescriptors() {
		return values.keySet().stream().map(key -> new PropertyDescriptor(key, key)).toArray(IPropertyDescriptor[]::new);
	}

	@Override
	public Object getPropertyValue(Object id) {
		return values.get(id);
	}

	@Override
	public boolean isPropertySet(Object id) {
		return false;
	}

	@Override
	public void resetPropertyValue(Object id) {
		// read-only properties
	}

	@Override
	public void setPropertyValue(Object id, Object value) {
		// read-only properties
	}
}
