package org.tagbench.ui.internal.handlers;

import org.tagbench.ui.internal.views.TagsView;

/** Adds the selected tags to the favourites of the profile the Tags view shows. */
public class AddFavouritesHandler extends ActivePartHandler<TagsView> {

	public AddFavouritesHandler() {
		super(TagsView.class, TagsView::addSelectedToFavourites);
	}
}
