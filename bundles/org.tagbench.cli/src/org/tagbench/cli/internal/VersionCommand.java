package org.tagbench.cli.internal;

import java.io.PrintStream;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleRevision;

/**
 * {@code tagbench version [--check]}: prints the version of each Tagbench bundle; with
 * {@code --check} it also activates each one and fails when one does not resolve or start.
 */
final class VersionCommand implements Command {

	private static final String PREFIX = "org.tagbench."; //$NON-NLS-1$

	@Override
	public String name() {
		return "version"; //$NON-NLS-1$
	}

	@Override
	public String usage() {
		return Messages.Version_usage;
	}

	@Override
	public int run(String[] args, CliContext context) {
		return run(args, context.out(), context.err());
	}

	private int run(String[] args, PrintStream out, PrintStream err) {
		boolean check = args.length > 0 && "--check".equals(args[0]); //$NON-NLS-1$
		if (args.length > (check ? 1 : 0)) {
			err.println(Messages.Version_usage);
			return ExitCode.USAGE;
		}
		BundleContext context = FrameworkUtil.getBundle(getClass()).getBundleContext();
		int problems = 0;
		int found = 0;
		for (Bundle bundle : context.getBundles()) {
			if (!bundle.getSymbolicName().startsWith(PREFIX)) {
				continue;
			}
			found++;
			if (check && !activate(bundle, err)) {
				problems++;
			}
			out.println(Messages.bind(Messages.Version_line,
					new Object[] { bundle.getSymbolicName(), bundle.getVersion(), stateName(bundle) }));
		}
		if (found == 0) {
			err.println(Messages.Version_noBundles);
			return ExitCode.FAILED;
		}
		return problems == 0 ? ExitCode.OK : ExitCode.FAILED;
	}

	private static boolean activate(Bundle bundle, PrintStream err) {
		boolean fragment = (bundle.adapt(BundleRevision.class).getTypes() & BundleRevision.TYPE_FRAGMENT) != 0;
		try {
			if (!fragment) {
				bundle.start(Bundle.START_TRANSIENT);
			}
		} catch (BundleException e) {
			err.println(Messages.bind(Messages.Version_startFailed, bundle.getSymbolicName(), e.getMessage()));
			return false;
		}
		int expected = fragment ? Bundle.RESOLVED : Bundle.ACTIVE;
		return (bundle.getState() & expected) != 0;
	}

	private static String stateName(Bundle bundle) {
		return switch (bundle.getState()) {
		case Bundle.ACTIVE -> "active"; //$NON-NLS-1$
		case Bundle.RESOLVED -> "resolved"; //$NON-NLS-1$
		case Bundle.STARTING -> "starting"; //$NON-NLS-1$
		case Bundle.INSTALLED -> "installed (unresolved)"; //$NON-NLS-1$
		default -> "stopping"; //$NON-NLS-1$
		};
	}
}
