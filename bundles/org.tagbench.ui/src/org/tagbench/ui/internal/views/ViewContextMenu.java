package org.tagbench.ui.internal.views;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchPartSite;

/** A view's context menu: an additions group that the menu contributions of plugin.xml fill. */
public final class ViewContextMenu {

	private ViewContextMenu() {
	}

	/**
	 * Makes the menu, puts it on {@code control} and {@code more}, and registers it with the view's site so
	 * that contributions see {@code selection}.
	 */
	public static void register(IWorkbenchPartSite site, ISelectionProvider selection, Control control, Control... more) {
		MenuManager menu = new MenuManager();
		menu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		Menu created = menu.createContextMenu(control);
		control.setMenu(created);
		for (Control other : more) {
			other.setMenu(created);
		}
		site.registerContextMenu(menu, selection);
	}
}
