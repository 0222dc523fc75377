package org.tagbench.ui.internal.handlers;

import org.tagbench.ui.internal.views.ArchivesView;

/** Queries the selected archive variables in the range chosen. */
public class QueryArchivesHandler extends ActivePartHandler<ArchivesView> {

	public QueryArchivesHandler() {
		super(ArchivesView.class, ArchivesView::query);
	}
}
