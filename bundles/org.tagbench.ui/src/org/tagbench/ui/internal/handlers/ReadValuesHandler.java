package org.tagbench.ui.internal.handlers;

import org.tagbench.ui.internal.views.TagsView;

/** Reads the current values of the selected tags at once. */
public class ReadValuesHandler extends TagsViewHandler {

	public ReadValuesHandler() {
		super(TagsView::readSelected);
	}
}
