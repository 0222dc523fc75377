package org.tagbench.ui.internal.properties;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.ui.views.properties.IPropertySource;
import org.tagbench.ui.internal.nodes.ProfileNode;

/** Adapts profile nodes to the Properties view. */
public class ProfileAdapterFactory implements IAdapterFactory {

	@Override
	public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
		if (adaptable instanceof ProfileNode node && adapterType == IPropertySource.class) {
			return adapterType.cast(new ProfilePropertySource(node));
		}
		return null;
	}

	@Override
	public Class<?>[] getAdapterList() {
		return new Class<?>[] { IPropertySource.class };
	}
}
