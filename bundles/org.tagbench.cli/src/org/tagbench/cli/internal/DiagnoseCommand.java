package org.tagbench.cli.internal;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.osgi.util.NLS;

/**
 * {@code tagbench diagnose [--tag NAME]}: checks a connection step by step (profile, password, host
 * name, TCP, TLS, login, reading a value, the optional APIs) and prints each step as it is done; a
 * failed step comes with its meaning and solution.
 */
final class DiagnoseCommand implements Command {

	private static final List<String> COLUMNS = List.of("step", "check", "result", "detail", "meaning", "solution");

	@Override
	public String name() {
		return "diagnose";
	}

	@Override
	public String usage() {
		return Messages.Diagnose_usage;
	}

	@Override
	public int run(String[] args, CliContext context) throws CliException {
		Arguments arguments = Arguments.parse(args, Options.CONNECTION.and(Options.OUTPUT).and(Options.valued("--tag")));
		arguments.noPositionals();
		OutputFormat format = OutputFormat.of(arguments, OutputFormat.TABLE);
		Target target = Target.resolve(arguments, context);
		int exit;
		if (format == OutputFormat.TABLE) {
			PrintStream out = context.out();
			out.println(NLS.bind(Messages.Diagnose_heading, target.profile().url(), target.profile().user()));
			Diagnosis diagnosis = new Diagnosis(target, context, arguments.value("--tag"), new TextReport(out));
			exit = diagnosis.run();
			out.println(exit == ExitCode.OK ? Messages.Diagnose_passed
					: NLS.bind(Messages.Diagnose_failed, Integer.toString(exit)));
			out.flush();
			diagnosis.recorder().explain(context.err());
		} else {
			RowWriter rows = format.open(context.out(), COLUMNS);
			Diagnosis diagnosis = new Diagnosis(target, context, arguments.value("--tag"), new RowReport(rows));
			exit = diagnosis.run();
			rows.end();
			diagnosis.recorder().explain(context.err());
		}
		return exit;
	}

	/** Prints steps for programs: one row per step. */
	private static final class RowReport implements Consumer<Step> {

		private final RowWriter rows;
		private int number;

		RowReport(RowWriter rows) {
			this.rows = rows;
		}

		@Override
		public void accept(Step step) {
			number++;
			rows.row(Arrays.asList(Integer.valueOf(number), step.title(), step.result().name(), step.detail(),
					step.meaning(), step.solution()));
		}
	}

	/** Prints steps for people: number, title, result and detail, then meaning and solution when it went wrong. */
	private static final class TextReport implements Consumer<Step> {

		private final PrintStream out;
		private final int titleWidth = Diagnosis.titles().stream().mapToInt(String::length).max().orElse(0);
		private int number;

		TextReport(PrintStream out) {
			this.out = out;
		}

		@Override
		public void accept(Step step) {
			number++;
			String title = step.title() + " ".repeat(titleWidth - step.title().length());
			String line = String.format("%2d  %s  %-8s %s", Integer.valueOf(number), title, step.result(), step.detail());
			out.println(line.stripTrailing());
			if (!step.meaning().isEmpty()) {
				out.println(NLS.bind(Messages.Diagnose_meaning, step.meaning()));
			}
			if (!step.solution().isEmpty()) {
				out.println(NLS.bind(Messages.Diagnose_solution, step.solution()));
			}
			out.flush();
		}
	}
}
