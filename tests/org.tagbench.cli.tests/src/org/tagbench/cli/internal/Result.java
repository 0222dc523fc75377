package org.tagbench.cli.internal;

/**
 * What one run of the command line did.
 *
 * @param exitCode the exit code
 * @param out      what it printed on standard output
 * @param err      what it printed on standard error
 */
record Result(int exitCode, String out, String err) {

	/** @return standard output and standard error together, for checks that a secret appears nowhere */
	String all() {
		return out + err;
	}

	@Override
	public String toString() {
		return "exit " + exitCode + "\n--- out:\n" + out + "--- err:\n" + err;
	}
}
