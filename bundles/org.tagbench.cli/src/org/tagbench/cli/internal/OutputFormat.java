package org.tagbench.cli.internal;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;

/** How results are printed: an aligned table for people, JSON or CSV for programs. */
enum OutputFormat {
	TABLE, JSON, CSV;

	/**
	 * @param fallback the format when none is chosen
	 * @return the format chosen with {@code --format}, {@code --json} or {@code --csv}
	 */
	static OutputFormat of(Arguments arguments, OutputFormat fallback) throws UsageException {
		String named = arguments.value("--format");
		OutputFormat chosen = named == null ? null : parse(named);
		if (arguments.flag("--json")) {
			chosen = agree(chosen, JSON);
		}
		if (arguments.flag("--csv")) {
			chosen = agree(chosen, CSV);
		}
		return chosen == null ? fallback : chosen;
	}

	private static OutputFormat parse(String name) throws UsageException {
		try {
			return valueOf(name.trim().toUpperCase(Locale.ROOT));
		} catch (IllegalArgumentException e) {
			throw new UsageException(NLS.bind(Messages.Output_unknownFormat, name));
		}
	}

	private static OutputFormat agree(OutputFormat chosen, OutputFormat flag) throws UsageException {
		if (chosen != null && chosen != flag) {
			throw new UsageException(Messages.Output_conflictingFormats);
		}
		return flag;
	}

	/** @return a writer of rows with the given columns in this format */
	RowWriter open(PrintStream out, List<String> columns) {
		return switch (this) {
			case TABLE -> new TableWriter(out, columns);
			case JSON -> new JsonWriter(out, columns);
			case CSV -> new CsvWriter(out, columns);
		};
	}
}
