package org.tagbench.cli.internal;

/** The documented exit codes of the {@code tagbench} command line. */
final class ExitCode {

	/** Success. */
	static final int OK = 0;
	/** A check found a problem. */
	static final int FAILED = 1;
	/** The command line was wrong. */
	static final int USAGE = 2;

	private ExitCode() {
	}
}
