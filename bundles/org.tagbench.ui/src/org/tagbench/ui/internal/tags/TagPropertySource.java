package org.tagbench.ui.internal.tags;

import java.util.EnumSet;
import java.util.Set;

import org.tagbench.core.model.TagConfig;
import org.tagbench.core.model.TagDataType;
import org.tagbench.core.model.TagValue;
import org.tagbench.ui.internal.Messages;
import org.tagbench.ui.internal.properties.ReadOnlyPropertySource;

/**
 * A tag in the Properties view: its configuration (the fields Tagbench knows, then every other field
 * the runtime sent, as it sent it) and its current value with quality and timestamp.
 */
final class TagPropertySource extends ReadOnlyPropertySource {

	/** What a source shows: the Properties view's tabs show one part each, the plain sheet all. */
	enum Part {
		CONFIGURATION, VALUE, RAW
	}

	TagPropertySource(TagNode tag) {
		this(tag, EnumSet.allOf(Part.class));
	}

	TagPropertySource(TagNode tag, Set<Part> parts) {
		if (parts.contains(Part.CONFIGURATION)) {
			configuration(tag.config());
		}
		if (parts.contains(Part.RAW)) {
			tag.config().properties().forEach((key, value) -> add(Messages.TagProperties_more, key, value));
		}
		if (parts.contains(Part.VALUE)) {
			value(tag.value());
		}
	}

	private void configuration(TagConfig config) {
		String configuration = Messages.TagProperties_configuration;
		add(configuration, Messages.TagProperties_name, config.name());
		add(configuration, Messages.TagProperties_dataType,
				config.dataType() == null ? null
						: TagDataType.of(config.dataType()).map(type -> type.name() + " (" + type.code() + ")") //$NON-NLS-1$ //$NON-NLS-2$
								.orElse(config.dataType()));
		add(configuration, Messages.TagProperties_connection, config.connection());
		add(configuration, Messages.TagProperties_group, config.group());
		add(configuration, Messages.TagProperties_comment, config.comment());
	}

	private void value(TagValue value) {
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
}
