package org.tagbench.cli.internal;

import java.io.PrintStream;
import java.util.Arrays;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/**
 * The headless {@code tagbench} command line: {@code tagbench COMMAND [OPTIONS]}. The start
 * script runs it when it is given a command; without one it starts the workbench.
 */
public class CliApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		return Integer.valueOf(run(args == null ? new String[0] : args, System.out, System.err));
	}

	/**
	 * Runs one command.
	 *
	 * @return the process exit code, see {@link ExitCode}
	 */
	static int run(String[] args, PrintStream out, PrintStream err) {
		if (args.length == 0 || "help".equals(args[0]) || "--help".equals(args[0])) { //$NON-NLS-1$ //$NON-NLS-2$
			out.println(Messages.Cli_usage);
			return ExitCode.OK;
		}
		String[] rest = Arrays.copyOfRange(args, 1, args.length);
		switch (args[0]) {
		case "version": //$NON-NLS-1$
			return new VersionCommand().run(rest, out, err);
		default:
			err.println(Messages.bind(Messages.Cli_unknownCommand, args[0]));
			return ExitCode.USAGE;
		}
	}

	@Override
	public void stop() {
		// Commands are short-lived and end on their own.
	}
}
