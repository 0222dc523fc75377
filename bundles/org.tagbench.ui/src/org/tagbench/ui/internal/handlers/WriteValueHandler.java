package org.tagbench.ui.internal.handlers;

import org.tagbench.ui.internal.views.TagsView;

/** Asks for, confirms and writes a new value of the selected tag. */
public class WriteValueHandler extends ActivePartHandler<TagsView> {

	public WriteValueHandler() {
		super(TagsView.class, TagsView::writeSelected);
	}
}
