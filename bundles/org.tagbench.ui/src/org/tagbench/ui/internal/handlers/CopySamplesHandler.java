package org.tagbench.ui.internal.handlers;

import org.tagbench.ui.internal.views.ArchivesView;

/** Copies the selected samples of the Archives view (Ctrl+C). */
public class CopySamplesHandler extends ActivePartHandler<ArchivesView> {

	public CopySamplesHandler() {
		super(ArchivesView.class, ArchivesView::copySelection);
	}
}
