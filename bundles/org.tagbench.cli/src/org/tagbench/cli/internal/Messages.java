package org.tagbench.cli.internal;

import org.eclipse.osgi.util.NLS;

/** Externalized strings of the command line. */
final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.tagbench.cli.internal.messages"; //$NON-NLS-1$

	public static String Cli_usage;
	public static String Cli_unknownCommand;
	public static String Version_usage;
	public static String Version_line;
	public static String Version_noBundles;
	public static String Version_startFailed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
