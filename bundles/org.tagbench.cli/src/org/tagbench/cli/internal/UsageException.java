package org.tagbench.cli.internal;

/** The command line is wrong; exits with {@link ExitCode#USAGE}. */
final class UsageException extends CliException {

	private static final long serialVersionUID = 1L;

	UsageException(String message) {
		super(ExitCode.USAGE, message);
	}
}
