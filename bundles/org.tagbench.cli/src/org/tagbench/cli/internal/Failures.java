package org.tagbench.cli.internal;

import java.io.PrintStream;

import org.eclipse.osgi.util.NLS;
import org.tagbench.core.errors.WinccError;

/** Prints a failure the way every command does: what happened, what it means, what to do. */
final class Failures {

	private Failures() {
	}

	static void print(WinccError error, PrintStream err) {
		err.println(NLS.bind(Messages.Failure_error, error.label(), error.meaning()));
		if (!error.solution().isEmpty()) {
			err.println(NLS.bind(Messages.Failure_solution, error.solution()));
		}
		if (!error.detail().isEmpty()) {
			err.println(NLS.bind(Messages.Failure_detail, error.detail()));
		}
	}
}
