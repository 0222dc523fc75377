package org.tagbench.ui.internal.properties;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;

/**
 * Properties shown as text and never edited in the Properties view, in the order added, optionally
 * in categories. Subclasses add their rows in their constructor; a live row is read again each time the
 * Properties view refreshes.
 */
public abstract class ReadOnlyPropertySource implements IPropertySource {

	private final Map<String, Supplier<?>> values = new LinkedHashMap<>();
	private final List<IPropertyDescriptor> descriptors = new ArrayList<>();

	/**
	 * Adds a row.
	 *
	 * @param category the category it is shown in, or null for none
	 * @param name     the row's name
	 * @param value    its value; null shows as empty
	 */
	protected final void add(String category, String name, Object value) {
		addLive(category, name, () -> value);
	}

	/**
	 * Adds a row whose value is read when the Properties view shows or refreshes it.
	 *
	 * @param category the category it is shown in, or null for none
	 * @param name     the row's name
	 * @param value    gives its value; null shows as empty
	 */
	protected final void addLive(String category, String name, Supplier<?> value) {
		String id = category == null ? name : category + '/' + name;
		PropertyDescriptor descriptor = new PropertyDescriptor(id, name);
		descriptor.setCategory(category);
		descriptors.add(descriptor);
		values.put(id, value);
	}

	@Override
	public Object getEditableValue() {
		return this;
	}

	@Override
	public IPropertyDescriptor[] getPropertyDescriptors() {
		return descriptors.toArray(IPropertyDescriptor[]::new);
	}

	@Override
	public Object getPropertyValue(Object id) {
		Supplier<?> value = values.get(id);
		Object shown = value == null ? null : value.get();
		return shown == null ? "" : String.valueOf(shown); //$NON-NLS-1$
	}

	@Override
	public boolean isPropertySet(Object id) {
		return false;
	}

	@Override
	public void resetPropertyValue(Object id) {
		// nothing to reset: the rows are read-only
	}

	@Override
	public void setPropertyValue(Object id, Object value) {
		// nothing to set: the rows are read-only
	}
}
