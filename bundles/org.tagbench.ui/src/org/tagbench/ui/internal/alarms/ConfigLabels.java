package org.tagbench.ui.internal.alarms;

import org.tagbench.core.client.AlarmConfigList;
import org.tagbench.core.model.ConfigItem;
import org.tagbench.ui.internal.Messages;

/** Texts of the configuration tree. */
final class ConfigLabels {

	private ConfigLabels() {
	}

	static String title(AlarmConfigList list) {
		return switch (list) {
			case MESSAGE_CLASSES -> Messages.AlarmConfig_classes;
			case MESSAGE_TYPES -> Messages.AlarmConfig_types;
			case MESSAGE_GROUPS -> Messages.AlarmConfig_groups;
			case MESSAGE_BLOCKS -> Messages.AlarmConfig_blocks;
			case MESSAGES -> Messages.AlarmConfig_messages;
			case LIMIT_VALUES -> Messages.AlarmConfig_limitValues;
		};
	}

	/** @return "12 LevelHigh: Level high" for a message, "Alarm: Alarm text" for others, the name when no text */
	static String entry(ConfigItem item) {
		Object number = item.properties().get("number"); //$NON-NLS-1$
		Object text = item.properties().get("text"); //$NON-NLS-1$
		String name = number == null ? item.name() : number + " " + item.name(); //$NON-NLS-1$
		return text == null || text.toString().isEmpty() || text.toString().equals(item.name()) ? name
				: name + ": " + text; //$NON-NLS-1$
	}
}
