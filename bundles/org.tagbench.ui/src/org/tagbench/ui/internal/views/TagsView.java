package org.tagbench.ui.internal.views;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;
import org.tagbench.ui.internal.Messages;
import org.tagbench.ui.internal.widgets.EmptyState;

/**
 * The Tags view: the tag tree of the selected connection.
 */
public class TagsView extends ViewPart {

	/** Widget id of the empty state, for tests. */
	public static final String EMPTY_STATE_ID = "tags.empty"; //$NON-NLS-1$

	private EmptyState emptyState;

	@Override
	public void createPartControl(Composite parent) {
		emptyState = new EmptyState(parent, EMPTY_STATE_ID, Messages.TagsView_emptyTitle, Messages.TagsView_emptyHint);
	}

	@Override
	public void setFocus() {
		emptyState.getControl().setFocus();
	}
}
