package org.tagbench.core.client;

/** The configuration lists of alarm logging; each has a plural (paged) and a singular path. */
public enum AlarmConfigList {
	MESSAGE_CLASSES("MessageClasses", "MessageClass"),
	MESSAGE_TYPES("MessageTypes", "MessageType"),
	MESSAGE_GROUPS("MessageGroups", "MessageGroup"),
	MESSAGE_BLOCKS("MessageBlocks", "MessageBlock"),
	MESSAGES("Messages", "Message"),
	LIMIT_VALUES("LimitValues", "LimitValue");

	private final String plural;
	private final String singular;

	AlarmConfigList(String plural, String singular) {
		this.plural = plural;
		this.singular = singular;
	}

	public String plural() {
		return plural;
	}

	public String singular() {
		return singular;
	}
}
