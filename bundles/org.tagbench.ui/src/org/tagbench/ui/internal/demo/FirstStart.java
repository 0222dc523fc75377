package org.tagbench.ui.internal.demo;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.ui.IWorkbenchWindow;
import org.osgi.service.prefs.BackingStoreException;
import org.tagbench.ui.TagbenchUi;

/**
 * The standalone product's first start: an empty workspace gets the Demo project, connected to the
 * embedded simulator. Runs once per workspace; {@code -Dtagbench.demo=off} turns it off (the UI tests
 * do, to start from an empty workspace).
 */
public final class FirstStart {

	/** The system property that turns the Demo off when set to {@code off}. */
	public static final String DEMO_PROPERTY = "tagbench.demo"; //$NON-NLS-1$
	static final String DEMO_OFFERED = "demoOffered"; //$NON-NLS-1$

	private FirstStart() {
	}

	/** Opens the Demo project when this is the first start of an empty workspace. */
	public static void run(IWorkbenchWindow window) {
		if ("off".equals(System.getProperty(DEMO_PROPERTY))) { //$NON-NLS-1$
			return;
		}
		IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(TagbenchUi.PLUGIN_ID);
		if (preferences.getBoolean(DEMO_OFFERED, false)
				|| ResourcesPlugin.getWorkspace().getRoot().getProjects().length > 0) {
			return;
		}
		preferences.putBoolean(DEMO_OFFERED, true);
		try {
			preferences.flush();
		} catch (BackingStoreException e) {
			ILog.of(FirstStart.class).warn(e.getMessage(), e);
		}
		DemoProject.open(window);
	}
}
