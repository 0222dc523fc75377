package org.tagbench.cli.internal;

import org.tagbench.core.errors.WinccError;

/**
 * The outcome of one step of {@code tagbench diagnose}.
 *
 * @param title    what was checked
 * @param result   how it went
 * @param detail   what was found, or the failure's technical detail
 * @param meaning  for a failure or warning: what it means; otherwise empty
 * @param solution for a failure or warning: what to do; otherwise empty
 * @param exitCode for a failure: the exit code it stands for; otherwise {@link ExitCode#OK}
 */
record Step(String title, Result result, String detail, String meaning, String solution, int exitCode) {

	/** How a step went. */
	enum Result {
		OK, WARNING, FAILED, SKIPPED
	}

	static Step ok(String title, String detail) {
		return new Step(title, Result.OK, detail, "", "", ExitCode.OK);
	}

	static Step skipped(String title, String detail) {
		return new Step(title, Result.SKIPPED, detail, "", "", ExitCode.OK);
	}

	static Step failed(String title, WinccError error) {
		return new Step(title, Result.FAILED, label(error), error.meaning(), error.solution(), ExitCode.of(error));
	}

	/** A failure of an optional feature: reported, but the connection works. */
	static Step warning(String title, WinccError error) {
		return new Step(title, Result.WARNING, label(error), error.meaning(), error.solution(), ExitCode.OK);
	}

	private static String label(WinccError error) {
		return error.detail().isEmpty() ? error.label() : error.label() + ": " + error.detail();
	}

	boolean failed() {
		return result == Result.FAILED;
	}
}
