package org.tagbench.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Externalized strings of the Tagbench workbench UI. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.tagbench.ui.internal.messages"; //$NON-NLS-1$

	public static String ConnectionsView_emptyTitle;
	public static String ConnectionsView_emptyHint;
	public static String TagsView_emptyTitle;
	public static String TagsView_emptyHint;
	public static String DiagnosticsView_emptyTitle;
	public static String DiagnosticsView_emptyHint;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
