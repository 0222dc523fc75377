package org.tagbench.ui.internal.handlers;

import org.tagbench.ui.internal.views.TagsView;

/** Fetches the selected folders again (F5). */
public class RefreshTagsHandler extends ActivePartHandler<TagsView> {

	public RefreshTagsHandler() {
		super(TagsView.class, TagsView::refresh);
	}
}
