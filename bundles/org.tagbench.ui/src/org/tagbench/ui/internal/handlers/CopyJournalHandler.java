package org.tagbench.ui.internal.handlers;

import org.tagbench.ui.internal.views.DiagnosticsView;

/** Copies the selected request's details in the Diagnostics view (Ctrl+C). */
public class CopyJournalHandler extends ActivePartHandler<DiagnosticsView> {

	public CopyJournalHandler() {
		super(DiagnosticsView.class, DiagnosticsView::copySelection);
	}
}
