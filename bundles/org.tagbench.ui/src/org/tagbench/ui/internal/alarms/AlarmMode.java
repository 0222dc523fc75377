package org.tagbench.ui.internal.alarms;

import org.tagbench.core.client.AlarmList;
import org.tagbench.ui.internal.Messages;

/** The runtime lists the Alarms view offers, in the order of its mode selector. */
public enum AlarmMode {
	MESSAGE_LIST(AlarmList.MESSAGE_LIST, Messages.AlarmMode_messageList),
	SHORT_TERM_ARCHIVE(AlarmList.SHORT_TERM_ARCHIVE, Messages.AlarmMode_shortTermArchive),
	HIT_LIST(AlarmList.HIT_LIST, Messages.AlarmMode_hitList),
	LONG_TERM_ARCHIVE(AlarmList.LONG_TERM_ARCHIVE, Messages.AlarmMode_longTermArchive),
	LOCK_LIST(AlarmList.LOCK_LIST, Messages.AlarmMode_lockList);

	private final AlarmList list;
	private final String label;

	AlarmMode(AlarmList list, String label) {
		this.list = list;
		this.label = label;
	}

	public AlarmList list() {
		return list;
	}

	public String label() {
		return label;
	}
}
