package org.tagbench.ui.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.tagbench.ui.TagbenchUi;

/**
 * The Tagbench perspective: projects and connections on the left, the tag tree in the middle,
 * properties on the right, and diagnostics, watched values, archives and alarms below.
 */
public class TagbenchPerspective implements IPerspectiveFactory {

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editorArea = layout.getEditorArea();
		layout.setEditorAreaVisible(false);

		IFolderLayout left = layout.createFolder("left", IPageLayout.LEFT, 0.25f, editorArea); //$NON-NLS-1$
		left.addView(TagbenchUi.CONNECTIONS_VIEW_ID);
		left.addView(IPageLayout.ID_PROJECT_EXPLORER);

		IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.68f, editorArea); //$NON-NLS-1$
		bottom.addView(TagbenchUi.DIAGNOSTICS_VIEW_ID);
		bottom.addView(TagbenchUi.WATCH_VIEW_ID);
		bottom.addView(TagbenchUi.ARCHIVES_VIEW_ID);
		bottom.addView(TagbenchUi.ALARMS_VIEW_ID);

		IFolderLayout right = layout.createFolder("right", IPageLayout.RIGHT, 0.62f, editorArea); //$NON-NLS-1$
		right.addView(IPageLayout.ID_PROP_SHEET);

		layout.addView(TagbenchUi.TAGS_VIEW_ID, IPageLayout.TOP, 0.68f, editorArea);

		layout.addShowViewShortcut(TagbenchUi.CONNECTIONS_VIEW_ID);
		layout.addShowViewShortcut(TagbenchUi.TAGS_VIEW_ID);
		layout.addShowViewShortcut(TagbenchUi.DIAGNOSTICS_VIEW_ID);
		layout.addShowViewShortcut(TagbenchUi.WATCH_VIEW_ID);
		layout.addShowViewShortcut(TagbenchUi.ARCHIVES_VIEW_ID);
		layout.addShowViewShortcut(TagbenchUi.ALARMS_VIEW_ID);
		layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
		layout.addShowViewShortcut(IPageLayout.ID_PROJECT_EXPLORER);
	}
}
