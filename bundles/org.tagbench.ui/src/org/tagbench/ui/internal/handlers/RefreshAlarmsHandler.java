package org.tagbench.ui.internal.handlers;

import org.tagbench.ui.internal.alarms.AlarmsView;

/** Fetches the Alarms view's list again (F5, or the view's toolbar). */
public class RefreshAlarmsHandler extends ActivePartHandler<AlarmsView> {

	public RefreshAlarmsHandler() {
		super(AlarmsView.class, AlarmsView::refresh);
	}
}
