package org.tagbench.cli.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.osgi.util.NLS;
import org.tagbench.core.client.ArchiveQuery;
import org.tagbench.core.client.WinccClient;
import org.tagbench.core.errors.WinccException;
import org.tagbench.core.model.ArchiveSample;
import org.tagbench.core.model.ArchiveSeries;

/**
 * {@code tagbench archive --archive A --tag T... --from TIME [--to TIME] [--max N]}: logged values of
 * archive variables, one row per value.
 */
final class ArchiveCommand extends ConnectedCommand {

	private static final List<String> COLUMNS = List.of("archive", "variable", "timestamp", "value", "quality");

	@Override
	public String name() {
		return "archive";
	}

	@Override
	public String usage() {
		return Messages.Archive_usage;
	}

	@Override
	Options options() {
		return Options.valued("--archive", "--tag", "--from", "--to", "--max");
	}

	@Override
	Action prepare(Arguments arguments, CliContext context) throws CliException {
		OutputFormat format = OutputFormat.of(arguments, OutputFormat.TABLE);
		arguments.noPositionals();
		String archive = arguments.required("--archive");
		List<String> variables = arguments.values("--tag");
		if (variables.isEmpty()) {
			throw new UsageException(NLS.bind(Messages.Arguments_required, "--tag"));
		}
		Clock clock = Clock.systemDefaultZone();
		Instant from = Times.parse("--from", arguments.required("--from"), clock);
		String toText = arguments.value("--to");
		Instant to = toText == null ? clock.instant() : Times.parse("--to", toText, clock);
		if (!from.isBefore(to)) {
			throw new UsageException(NLS.bind(Messages.Archive_emptyRange, from, to));
		}
		ArchiveQuery query = ArchiveQuery.of(archive, variables, from, to, arguments.number("--max", 0, 1));
		return (client, ctx) -> query(client, query, format, ctx);
	}

	private static int query(WinccClient client, ArchiveQuery query, OutputFormat format, CliContext context)
			throws WinccException {
		List<ArchiveSeries> series = client.archives().query(query, new NullProgressMonitor());
		int exit = ExitCode.OK;
		Set<String> answered = new HashSet<>();
		RowWriter rows = format.open(context.out(), COLUMNS);
		for (ArchiveSeries one : series) {
			answered.add(one.variable());
			if (one.error() != null) {
				context.err().println(NLS.bind(Messages.Archive_variableFailed, one.variable(), one.error().describe()));
				exit = ExitCode.firstFailure(exit, ExitCode.of(one.error()));
			}
			for (ArchiveSample sample : one.samples()) {
				rows.row(Arrays.asList(one.archive(), one.variable(),
						sample.timestamp() != null ? sample.timestamp() : sample.rawTimestamp(), sample.value(),
						ReadCommand.quality(sample.quality())));
			}
		}
		rows.end();
		for (String variable : query.variables()) {
			if (!answered.contains(variable)) {
				context.err().println(NLS.bind(Messages.Archive_noAnswer, variable, query.archive()));
				exit = ExitCode.firstFailure(exit, ExitCode.NOT_FOUND);
			}
		}
		return exit;
	}
}
