package org.tagbench.rcp.internal;

import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

/**
 * The Tagbench product's application: an IDE-style workbench over the workspace named by
 * {@code -data} (the start script defaults it to {@code ~/tagbench-workspace}).
 */
public class TagbenchApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) throws Exception {
		Display display = PlatformUI.createDisplay();
		try {
			if (!lockWorkspace()) {
				return EXIT_OK;
			}
			int code = PlatformUI.createAndRunWorkbench(display, new TagbenchWorkbenchAdvisor());
			return code == PlatformUI.RETURN_RESTART ? EXIT_RESTART : EXIT_OK;
		} finally {
			Location instance = Platform.getInstanceLocation();
			if (instance != null && instance.isLocked()) {
				instance.release();
			}
			display.dispose();
		}
	}

	private static boolean lockWorkspace() throws Exception {
		Location instance = Platform.getInstanceLocation();
		if (instance == null || !instance.isSet()) {
			MessageDialog.openError(null, Messages.Application_noWorkspaceTitle, Messages.Application_noWorkspace);
			return false;
		}
		if (instance.lock()) {
			return true;
		}
		MessageDialog.openError(null, Messages.Application_workspaceInUseTitle,
				NLS.bind(Messages.Application_workspaceInUse, instance.getURL().getFile()));
		return false;
	}

	@Override
	public void stop() {
		if (!PlatformUI.isWorkbenchRunning()) {
			return;
		}
		IWorkbench workbench = PlatformUI.getWorkbench();
		Display display = workbench.getDisplay();
		display.syncExec(() -> {
			if (!display.isDisposed()) {
				workbench.close();
			}
		});
	}
}
