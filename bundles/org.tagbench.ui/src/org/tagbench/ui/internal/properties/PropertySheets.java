package org.tagbench.ui.internal.properties;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.views.properties.PropertySheet;
import org.eclipse.ui.views.properties.PropertySheetPage;

/**
 * Refreshes the Properties view when what it shows changed without the selection changing, for example
 * a connection's state: the view reads its rows again only on a new selection.
 */
public final class PropertySheets {

	private PropertySheets() {
	}

	/** Reads the rows of the Properties view of {@code page} again, when it is open with a plain page. */
	public static void refresh(IWorkbenchPage page) {
		if (page.findView(IPageLayout.ID_PROP_SHEET) instanceof PropertySheet sheet
				&& sheet.getCurrentPage() instanceof PropertySheetPage properties
				&& !properties.getControl().isDisposed()) {
			properties.refresh();
		}
	}
}
