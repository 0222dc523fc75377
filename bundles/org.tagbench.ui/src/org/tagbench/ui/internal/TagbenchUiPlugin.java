package org.tagbench.ui.internal;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ImageRegistry;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.BundleContext;
import org.tagbench.ui.TagbenchUi;
import org.tagbench.ui.internal.connections.ConnectionManager;

/** The bundle's activator: images, and closing every connection when the bundle stops. */
public class TagbenchUiPlugin extends AbstractUIPlugin {

	private static TagbenchUiPlugin plugin;

	@Override
	public void start(BundleContext context) throws Exception {
		super.start(context);
		plugin = this;
	}

	@Override
	public void stop(BundleContext context) throws Exception {
		ConnectionManager.shutdown();
		plugin = null;
		super.stop(context);
	}

	/** @return the running plug-in */
	public static TagbenchUiPlugin getDefault() {
		return plugin;
	}

	@Override
	protected void initializeImageRegistry(ImageRegistry registry) {
		for (String key : TagbenchImages.ALL) {
			registry.put(key, ImageDescriptor.createFromURLSupplier(true,
					() -> getBundle().getEntry("icons/" + key + ".png"))); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/**
	 * Writes the plug-in's dialog settings to its state location now, not only when the plug-in stops:
	 * what a user chose (favourites, filter history) survives a workbench that is killed or crashes.
	 */
	public static void saveSettings() {
		TagbenchUiPlugin running = plugin;
		if (running != null) {
			PlatformUI.getDialogSettingsProvider(running.getBundle()).saveDialogSettings();
		}
	}

	/** @return the plug-in's id, for statuses */
	public static String id() {
		return TagbenchUi.PLUGIN_ID;
	}
}
