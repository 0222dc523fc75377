package org.tagbench.cli.internal;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.osgi.util.NLS;
import org.tagbench.core.client.WinccClient;
import org.tagbench.core.errors.ErrorCatalog;
import org.tagbench.core.errors.WinccErrorKind;
import org.tagbench.core.errors.WinccException;
import org.tagbench.core.model.ValueInput;
import org.tagbench.core.model.WriteResult;
import org.tagbench.core.model.WriteStatus;
import org.tagbench.core.profiles.ConnectionProfile;

/**
 * {@code tagbench write NAME=VALUE... [--yes]}: writes values and verifies them by reading back. Refused
 * on read-only profiles; asks for confirmation on a terminal, needs {@code --yes} otherwise.
 */
final class WriteCommand extends ConnectedCommand {

	private static final List<String> COLUMNS = List.of("name", "value", "status", "readBack", "error");

	@Override
	public String name() {
		return "write";
	}

	@Override
	public String usage() {
		return Messages.Write_usage;
	}

	@Override
	Options options() {
		return Options.flags("--yes");
	}

	@Override
	Action prepare(Arguments arguments, CliContext context) throws CliException {
		OutputFormat format = OutputFormat.of(arguments, OutputFormat.TABLE);
		Map<String, Object> values = parse(arguments.positionals());
		return new Write(values, format, arguments.flag("--yes"));
	}

	static Map<String, Object> parse(List<String> assignments) throws UsageException {
		if (assignments.isEmpty()) {
			throw new UsageException(Messages.Write_noValues);
		}
		Map<String, Object> values = new LinkedHashMap<>();
		for (String assignment : assignments) {
			int equals = assignment.indexOf('=');
			if (equals <= 0) {
				throw new UsageException(NLS.bind(Messages.Write_notAnAssignment, assignment));
			}
			values.put(assignment.substring(0, equals), ValueInput.untyped(assignment.substring(equals + 1)));
		}
		return values;
	}

	/** The writes, confirmed before they are sent. */
	private static final class Write implements Action {

		private final Map<String, Object> values;
		private final OutputFormat format;
		private final boolean confirmed;

		Write(Map<String, Object> values, OutputFormat format, boolean confirmed) {
			this.values = values;
			this.format = format;
			this.confirmed = confirmed;
		}

		@Override
		public void approve(Target target, CliContext context) throws CliException, WinccException {
			ConnectionProfile profile = target.profile();
			if (profile.readOnly()) {
				throw new WinccException(ErrorCatalog.forKind(WinccErrorKind.READ_ONLY, profile.name()));
			}
			if (confirmed) {
				return;
			}
			if (!context.terminal().interactive()) {
				throw new UsageException(Messages.Write_needsYes);
			}
			values.forEach((name, value) -> context.err().println(NLS.bind(Messages.Write_planned, name, Cells.text(value))));
			String answer = context.terminal().readLine(NLS.bind(Messages.Write_confirm,
					new Object[] { Integer.toString(values.size()), profile.url(),
							profile.environment().isEmpty() ? "" : " (" + profile.environment() + ")" }));
			if (answer == null || !List.of("y", "yes").contains(answer.strip().toLowerCase(Locale.ROOT))) {
				throw new CliException(ExitCode.FAILED, Messages.Write_declined);
			}
		}

		@Override
		public int run(WinccClient client, CliContext context) throws WinccException {
			List<WriteResult> results = client.values().write(values, new NullProgressMonitor());
			int exit = ExitCode.OK;
			RowWriter rows = format.open(context.out(), COLUMNS);
			for (WriteResult result : results) {
				rows.row(Arrays.asList(result.name(), result.requested(), result.status().name(),
						result.readBack() == null ? null : result.readBack().value(),
						result.error() == null ? "" : result.error().describe()));
				exit = ExitCode.firstFailure(exit, exitCode(result));
			}
			rows.end();
			return exit;
		}

		private static int exitCode(WriteResult result) {
			if (result.status() == WriteStatus.VERIFIED) {
				return ExitCode.OK;
			}
			if (result.status() == WriteStatus.FAILED && result.error() != null
					&& result.error().kind() != WinccErrorKind.ITEM_ERROR) {
				return ExitCode.of(result.error());
			}
			return ExitCode.FAILED;
		}
	}
}
