package org.tagbench.ui.internal.handlers;

import org.tagbench.ui.internal.alarms.AlarmsView;

/** Copies the selected messages of the Alarms view as tab-separated lines (Ctrl+C). */
public class CopyAlarmsHandler extends ActivePartHandler<AlarmsView> {

	public CopyAlarmsHandler() {
		super(AlarmsView.class, AlarmsView::copySelection);
	}
}
