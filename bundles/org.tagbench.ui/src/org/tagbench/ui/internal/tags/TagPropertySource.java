package org.tagbench.ui.internal.tags;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;
import org.tagbench.core.model.TagConfig;
import org.tagbench.core.model.TagDataType;
import org.tagbench.core.model.TagValue;
import org.tagbench.ui.internal.Messages;

/**
 * A tag in the Properties view: its configuration (the fields Tagbench knows, then every other field
 * the runtime sent, as it sent it) and its current value with quality and timestamp.
 */
final class TagPropertySource implements IPropertySource {

	private final Map<String, Object> values = new LinkedHashMap<>();
	private final List<IPropertyDescriptor> descriptors = new ArrayList<>();

	TagPropertySource(TagNode tag) {
		TagConfig config = tag.config();
		String configuration = Messages.TagProperties_configuration;
		add(configuration, Messages.TagProperties_name, config.name());
		add(configuration, Messages.TagProperties_dataType,
				config.dataType() == null ? null
						: TagDataType.of(config.dataType()).map(type -> type.name() + " (" + type.code() + ")") //$NON-NLS-1$ //$NON-NLS-2$
								.orElse(config.dataType()));
		add(configuration, Messages.TagProperties_connection, config.connection());
		add(configuration, Messages.TagProperties_group, config.group());
		add(configuration, Messages.TagProperties_comment, config.comment());
		config.properties().forEach((key, value) -> add(Messages.TagProperties_more, key, value));

		TagValue value = tag.value();
		String current = Messages.TagProperties_value;
		add(current, Messages.TagProperties_currentValue, TagValueText.value(value));
		add(current, Messages.TagProperties_quality, TagValueText.quality(value));
		add(current, Messages.TagProperties_timestamp, TagValueText.timestamp(value));
		if (value != null && value.failure() != null) {
			add(current, Messages.TagProperties_meaning, value.failure().meaning());
			add(current, Messages.TagProperties_solution, value.failure().solution());
		}
		if (value != null) {
			value.extra().forEach((key, extra) -> add(current, key, extra));
		}
	}

	private void add(String category, String name, Object value) {
		String id = category + '/' + name;
		PropertyDescriptor descriptor = new PropertyDescriptor(id, name);
		descriptor.setCategory(category);
		descriptors.add(descriptor);
		values.put(id, value == null ? "" : String.valueOf(value)); //$NON-NLS-1$
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
		return values.get(id);
	}

	@Override
	public boolean isPropertySet(Object id) {
		return false;
	}

	@Override
	public void resetPropertyValue(Object id) {
		// the properties of a tag are read-only here; values are written with "Write Value"
	}

	@Override
	public void setPropertyValue(Object id, Object value) {
		// read-only, see resetPropertyValue
	}
}
