package org.tagbench.ui.internal.handlers;

import org.tagbench.ui.internal.views.TagsView;

/** Reads the current values of the selected tags at once. */
public class ReadValuesHandler extends ActivePartHandler<TagsView> {

	public ReadValuesHandler() {
		super(TagsView.class, TagsView::readSelected);
	}
}
