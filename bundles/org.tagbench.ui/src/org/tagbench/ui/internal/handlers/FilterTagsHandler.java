package org.tagbench.ui.internal.handlers;

import org.tagbench.ui.internal.views.TagsView;

/** Puts the cursor in the filter field (Ctrl+F). */
public class FilterTagsHandler extends ActivePartHandler<TagsView> {

	public FilterTagsHandler() {
		super(TagsView.class, TagsView::focusFilter);
	}
}
