package org.tagbench.ui.internal.views;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;
import org.tagbench.ui.internal.Messages;
import org.tagbench.ui.internal.widgets.EmptyState;

/**
 * The Diagnostics view: every request with its status and latency, and the meaning of each failure.
 */
public class DiagnosticsView extends ViewPart {

	/** Widget id of the empty state, for tests. */
	public static final String EMPTY_STATE_ID = "diagnostics.empty"; //$NON-NLS-1$

	private EmptyState emptyState;

	@Override
	public void createPartControl(Composite parent) {
		emptyState = new EmptyState(parent, EMPTY_STATE_ID, Messages.DiagnosticsView_emptyTitle, Messages.DiagnosticsView_emptyHint);
	}

	@Override
	public void setFocus() {
		emptyState.getControl().setFocus();
	}
}
