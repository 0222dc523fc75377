package org.tagbench.ui;

/**
 * Identifiers of the Tagbench workbench contributions, for products and other plug-ins that
 * open or arrange them.
 */
public final class TagbenchUi {

	/** The bundle's symbolic name. */
	public static final String PLUGIN_ID = "org.tagbench.ui"; //$NON-NLS-1$

	/** The Tagbench perspective. */
	public static final String PERSPECTIVE_ID = "org.tagbench.ui.perspective"; //$NON-NLS-1$

	/** The Connections view: connection profiles of every open project. */
	public static final String CONNECTIONS_VIEW_ID = "org.tagbench.ui.views.connections"; //$NON-NLS-1$

	/** The Tags view: the tag tree of a connection. */
	public static final String TAGS_VIEW_ID = "org.tagbench.ui.views.tags"; //$NON-NLS-1$

	/** The Diagnostics view: the request journal and connection health. */
	public static final String DIAGNOSTICS_VIEW_ID = "org.tagbench.ui.views.diagnostics"; //$NON-NLS-1$

	/** The Archives view: archives, their variables, trends and logged values of a connection. */
	public static final String ARCHIVES_VIEW_ID = "org.tagbench.ui.views.archives"; //$NON-NLS-1$

	/** The Alarms view: alarm configuration and runtime message lists of a connection. */
	public static final String ALARMS_VIEW_ID = "org.tagbench.ui.views.alarms"; //$NON-NLS-1$

	/** The Watch view: live values of chosen tags of any connection. */
	public static final String WATCH_VIEW_ID = "org.tagbench.ui.views.watch"; //$NON-NLS-1$

	private TagbenchUi() {
	}
}
