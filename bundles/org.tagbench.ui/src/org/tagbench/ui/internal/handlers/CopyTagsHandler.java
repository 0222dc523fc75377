package org.tagbench.ui.internal.handlers;

import org.tagbench.ui.internal.views.TagsView;

/** Copies the selected tags with their values (Ctrl+C). */
public class CopyTagsHandler extends ActivePartHandler<TagsView> {

	public CopyTagsHandler() {
		super(TagsView.class, TagsView::copySelection);
	}
}
