package org.tagbench.cli.internal;

/** A command cannot go on; the message says why and what to do, the exit code is one of {@link ExitCode}. */
class CliException extends Exception {

	private static final long serialVersionUID = 1L;

	private final int exitCode;

	CliException(int exitCode, String message) {
		super(message);
		this.exitCode = exitCode;
	}

	int exitCode() {
		return exitCode;
	}
}
