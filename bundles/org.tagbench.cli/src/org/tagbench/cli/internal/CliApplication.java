package org.tagbench.cli.internal;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.osgi.util.NLS;
import org.tagbench.core.errors.WinccException;

/**
 * The headless {@code tagbench} command line: {@code tagbench COMMAND [OPTIONS]}. The start script runs
 * it when it is given a command; without one it starts the workbench.
 */
public class CliApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)), false,
				StandardCharsets.UTF_8);
		PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
		try {
			return Integer.valueOf(run(args == null ? new String[0] : args, out, err));
		} finally {
			out.flush();
			err.flush();
		}
	}

	/**
	 * Runs one command with the process's terminal, environment and secure storage.
	 *
	 * @return the process exit code, see {@link ExitCode}
	 */
	static int run(String[] args, PrintStream out, PrintStream err) {
		return run(args, CliContext.system(out, err));
	}

	/**
	 * Runs one command in the given context.
	 *
	 * @return the process exit code, see {@link ExitCode}
	 */
	static int run(String[] args, CliContext context) {
		try {
			return dispatch(args, context);
		} finally {
			context.out().flush();
		}
	}

	private static int dispatch(String[] args, CliContext context) {
		if (args.length == 0 || "help".equals(args[0]) || asksForHelp(args[0])) { //$NON-NLS-1$
			return help(args.length > 1 ? args[1] : null, context);
		}
		Optional<Command> command = Commands.find(args[0]);
		if (command.isEmpty()) {
			context.err().println(Messages.bind(Messages.Cli_unknownCommand, args[0]));
			return ExitCode.USAGE;
		}
		String[] rest = Arrays.copyOfRange(args, 1, args.length);
		if (asksForHelp(rest)) {
			context.out().println(command.get().usage());
			return ExitCode.OK;
		}
		return run(command.get(), rest, context);
	}

	private static int run(Command command, String[] args, CliContext context) {
		try {
			return command.run(args, context);
		} catch (UsageException e) {
			context.err().println(e.getMessage());
			context.err().println(NLS.bind(Messages.Cli_seeHelp, command.name()));
			return e.exitCode();
		} catch (CliException e) {
			context.err().println(e.getMessage());
			return e.exitCode();
		} catch (WinccException e) {
			context.out().flush();
			Failures.print(e.error(), context.err());
			return ExitCode.of(e.error());
		} catch (IOException e) {
			context.err().println(NLS.bind(Messages.Cli_ioFailed, e.getMessage()));
			return ExitCode.FAILED;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return ExitCode.FAILED;
		}
	}

	private static boolean asksForHelp(String[] args) {
		for (String arg : args) {
			if ("--".equals(arg)) { //$NON-NLS-1$
				return false;
			}
			if (asksForHelp(arg)) {
				return true;
			}
		}
		return false;
	}

	private static boolean asksForHelp(String arg) {
		return "--help".equals(arg) || "-h".equals(arg); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static int help(String commandName, CliContext context) {
		if (commandName == null) {
			context.out().println(Messages.Cli_usage);
			return ExitCode.OK;
		}
		Optional<Command> command = Commands.find(commandName);
		if (command.isEmpty()) {
			context.err().println(Messages.bind(Messages.Cli_unknownCommand, commandName));
			return ExitCode.USAGE;
		}
		context.out().println(command.get().usage());
		return ExitCode.OK;
	}

	@Override
	public void stop() {
		// Commands are short-lived and end on their own.
	}
}
