package org.tagbench.cli.internal;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.osgi.util.NLS;
import org.tagbench.core.client.WinccClient;
import org.tagbench.core.errors.WinccException;
import org.tagbench.core.model.BulkReadResult;
import org.tagbench.core.model.ItemStatus;
import org.tagbench.core.model.Quality;
import org.tagbench.core.model.TagValue;
import org.tagbench.core.names.NameChange;

/**
 * {@code tagbench read NAME... [--file FILE|-]}: reads runtime values in bulk. Names go to the server in
 * chunks and each chunk is printed as it arrives, so that long name lists stream.
 */
final class ReadCommand extends ConnectedCommand {

	/** Names per call of the core client, which splits them again into the profile's batches. */
	static final int CHUNK = 1000;

	private static final List<String> COLUMNS = List.of("name", "value", "quality", "timestamp", "status", "error");

	@Override
	public String name() {
		return "read";
	}

	@Override
	public String usage() {
		return Messages.Read_usage;
	}

	@Override
	Options options() {
		return Options.valued("--file");
	}

	@Override
	Action prepare(Arguments arguments, CliContext context) throws CliException, IOException {
		OutputFormat format = OutputFormat.of(arguments, OutputFormat.TABLE);
		List<String> names = NameList.of(arguments, context);
		return (client, ctx) -> read(client, names, format, ctx);
	}

	private static int read(WinccClient client, List<String> names, OutputFormat format, CliContext context)
			throws WinccException {
		int exit = ExitCode.OK;
		int failed = 0;
		RowWriter rows = format.open(context.out(), COLUMNS);
		for (int start = 0; start < names.size(); start += CHUNK) {
			List<String> chunk = names.subList(start, Math.min(names.size(), start + CHUNK));
			BulkReadResult result = client.values().read(chunk, new NullProgressMonitor());
			for (NameChange change : result.nameChanges()) {
				context.err().println(NLS.bind(Messages.Read_nameChanged, new Object[] { change.original(),
						change.normalized(), change.kinds() }));
			}
			for (TagValue value : result.values().values()) {
				rows.row(row(value));
				if (!value.isOk()) {
					failed++;
					exit = ExitCode.firstFailure(exit, exitCode(value));
				}
			}
		}
		rows.end();
		if (failed > 0) {
			context.err().println(NLS.bind(Messages.Read_someFailed, Integer.toString(failed)));
		}
		return exit;
	}

	private static List<Object> row(TagValue value) {
		return Arrays.asList(value.name(), value.value(), quality(value.quality()),
				value.timestamp() != null ? value.timestamp() : value.rawTimestamp(),
				value.status().name(), value.errorText());
	}

	static Object quality(Quality quality) {
		if (quality == null) {
			return null;
		}
		return quality.code() >= 0 ? Integer.valueOf(quality.code()) : quality.raw();
	}

	private static int exitCode(TagValue value) {
		if (value.status() == ItemStatus.FAILED && value.failure() != null) {
			return ExitCode.of(value.failure());
		}
		return ExitCode.NOT_FOUND;
	}
}
