package org.tagbench.rcp.internal;

import org.eclipse.osgi.util.NLS;

/** Externalized strings of the Tagbench product. */
final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.tagbench.rcp.internal.messages"; //$NON-NLS-1$

	public static String Application_noWorkspaceTitle;
	public static String Application_noWorkspace;
	public static String Application_workspaceInUseTitle;
	public static String Application_workspaceInUse;
	public static String Menu_file;
	public static String Menu_new;
	public static String Menu_edit;
	public static String Menu_window;
	public static String Menu_showView;
	public static String Menu_help;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
