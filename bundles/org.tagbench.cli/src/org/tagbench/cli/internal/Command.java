package org.tagbench.cli.internal;

import java.io.IOException;

import org.tagbench.core.errors.WinccException;

/** One command of the command line, e.g. {@code read}. */
interface Command {

	/** @return the name typed on the command line */
	String name();

	/** @return the usage text that {@code tagbench help NAME} and {@code --help} print */
	String usage();

	/**
	 * Runs the command with its arguments (the command name removed).
	 *
	 * @return the exit code, see {@link ExitCode}
	 * @throws CliException         when the command cannot go on; its message says why
	 * @throws WinccException       when talking to the server failed
	 * @throws IOException          when reading input or writing output failed
	 * @throws InterruptedException when the command was interrupted while waiting
	 */
	int run(String[] args, CliContext context) throws CliException, WinccException, IOException, InterruptedException;
}
