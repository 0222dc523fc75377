package org.tagbench.rcp.internal;

import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.ide.IDE;
import org.tagbench.ui.TagbenchUi;
import org.tagbench.ui.internal.demo.FirstStart;

/**
 * Sets up the workbench as an IDE over the workspace: resource adapters and images for the
 * Project Explorer, the Tagbench perspective first, the Demo project on the first start of an empty
 * workspace, the workspace saved on exit.
 */
public class TagbenchWorkbenchAdvisor extends WorkbenchAdvisor {

	/** Logged once the first window is open; the start-up benchmark waits for it. */
	public static final String READY_MARKER = "Tagbench workbench ready"; //$NON-NLS-1$

	private static final String IDE_BUNDLE = "org.eclipse.ui.ide"; //$NON-NLS-1$
	/** How often the event loop is woken while the first windows open. */
	private static final int WAKE_MS = 50;

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		super.initialize(configurer);
		configurer.setSaveAndRestore(true);
		IDE.registerAdapters();
		declareIdeImage(configurer, IDE.SharedImages.IMG_OBJ_PROJECT, "icons/full/obj16/prj_obj.svg"); //$NON-NLS-1$
		declareIdeImage(configurer, IDE.SharedImages.IMG_OBJ_PROJECT_CLOSED, "icons/full/obj16/cprj_obj.svg"); //$NON-NLS-1$
	}

	private static void declareIdeImage(IWorkbenchConfigurer configurer, String key, String path) {
		ImageDescriptor descriptor = ImageDescriptor.createFromURLSupplier(true,
				() -> Platform.getBundle(IDE_BUNDLE).getEntry(path));
		configurer.declareImage(key, descriptor, true);
	}

	/**
	 * Opens the windows as the platform does, with the event loop woken every 50 ms meanwhile. The platform
	 * waits for its window-restoring thread by sleeping in the event loop until that thread wakes it; when
	 * the wake comes just before the sleep it is lost, and the loop slept until the next event: about 5.5 s
	 * in 8 of 18 starts of the start-up benchmark (thread dumps: the UI thread asleep in
	 * {@code WorkbenchAdvisor.openWindows}, the restoring thread already gone).
	 */
	@Override
	public boolean openWindows() {
		Display display = PlatformUI.getWorkbench().getDisplay();
		boolean[] open = { true };
		Runnable nudge = new Runnable() {
			@Override
			public void run() {
				if (open[0]) {
					display.timerExec(WAKE_MS, this);
				}
			}
		};
		display.timerExec(WAKE_MS, nudge);
		try {
			return super.openWindows();
		} finally {
			open[0] = false;
			display.timerExec(-1, nudge);
		}
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new TagbenchWindowAdvisor(configurer);
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return TagbenchUi.PERSPECTIVE_ID;
	}

	@Override
	public IAdaptable getDefaultPageInput() {
		return ResourcesPlugin.getWorkspace().getRoot();
	}

	@Override
	public void postStartup() {
		ILog.of(getClass()).info(READY_MARKER);
		IWorkbenchWindow window = getWorkbenchConfigurer().getWorkbench().getActiveWorkbenchWindow();
		if (window != null) {
			FirstStart.run(window);
		}
	}

	@Override
	public boolean preShutdown() {
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		try {
			workspace.save(true, new NullProgressMonitor());
		} catch (CoreException e) {
			ILog.of(getClass()).log(e.getStatus());
		}
		return true;
	}
}
