package org.tagbench.cli.internal;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.function.Function;
import java.util.function.Supplier;

import org.tagbench.core.security.CredentialStore;

/**
 * What a command may use of the world around it. The application passes the process's streams,
 * terminal and environment; tests pass their own.
 *
 * @param out         results (tables, JSON, CSV)
 * @param err         messages, warnings and errors
 * @param in          standard input, for names read from {@code -}
 * @param terminal    the user at a terminal, or {@link Terminal#NONE}
 * @param environment environment variables by name; null when not set
 * @param credentials the passwords the workbench stored; supplies null when secure storage cannot be used
 * @param lifetime    how long the simulator runs
 */
record CliContext(PrintStream out, PrintStream err, InputStream in, Terminal terminal,
		Function<String, String> environment, Supplier<CredentialStore> credentials, Lifetime lifetime) {

	/** @return the context of the running process */
	static CliContext system(PrintStream out, PrintStream err) {
		return new CliContext(out, err, System.in, ConsoleTerminal.of(System.console()), System::getenv,
				SecureStorage::open, new ShutdownLifetime());
	}
}
