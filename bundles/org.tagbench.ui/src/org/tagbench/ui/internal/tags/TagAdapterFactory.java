package org.tagbench.ui.internal.tags;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.ui.views.properties.IPropertySource;

/** Adapts the Tags view's tags to the Properties view. Registered in plugin.xml. */
public class TagAdapterFactory implements IAdapterFactory {

	@Override
	public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
		if (adaptable instanceof TagNode tag && adapterType == IPropertySource.class) {
			return adapterType.cast(new TagPropertySource(tag));
		}
		return null;
	}

	@Override
	public Class<?>[] getAdapterList() {
		return new Class<?>[] { IPropertySource.class };
	}
}
