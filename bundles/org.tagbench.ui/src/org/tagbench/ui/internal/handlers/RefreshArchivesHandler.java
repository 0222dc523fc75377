package org.tagbench.ui.internal.handlers;

import org.tagbench.ui.internal.views.ArchivesView;

/** Fetches the archives and their variables again (F5 in the Archives view). */
public class RefreshArchivesHandler extends ActivePartHandler<ArchivesView> {

	public RefreshArchivesHandler() {
		super(ArchivesView.class, ArchivesView::refresh);
	}
}
