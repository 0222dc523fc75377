package org.tagbench.ui.internal.handlers;

import org.tagbench.ui.internal.views.TagsView;

/** Removes the selected tags from the favourites of the profile the Tags view shows. */
public class RemoveFavouritesHandler extends ActivePartHandler<TagsView> {

	public RemoveFavouritesHandler() {
		super(TagsView.class, TagsView::removeSelectedFromFavourites);
	}
}
