package org.tagbench.core.client;

/** The runtime message lists of alarm logging; each needs a REST filter configured in WinCC. */
public enum AlarmList {
	MESSAGE_LIST("MessageList"),
	SHORT_TERM_ARCHIVE("ShortTermArchive"),
	LONG_TERM_ARCHIVE("LongTermArchive"),
	HIT_LIST("HitList"),
	LOCK_LIST("LockList");

	private final String path;

	AlarmList(String path) {
		this.path = path;
	}

	/** @return the path segment below {@code alarmLogging/} */
	public String path() {
		return path;
	}
}
