package org.tagbench.cli.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.osgi.util.NLS;
import org.tagbench.core.client.BrowseService;
import org.tagbench.core.model.Page;
import org.tagbench.core.model.TagConfig;

/**
 * {@code tagbench export tags [--csv|--json]}: the configuration of every tag, page by page, CSV unless
 * another format is chosen. The shape of tag configurations is not public: besides name, data type,
 * connection, group and comment, every field the first page shows gets a column of its own; fields
 * that only later tags have go into the last column, as JSON.
 */
final class ExportCommand extends ConnectedCommand {

	private static final String TAGS = "tags";
	private static final List<String> FIXED = List.of("name", "dataType", "connection", "group", "comment");
	private static final String MORE = "moreProperties";

	@Override
	public String name() {
		return "export";
	}

	@Override
	public String usage() {
		return Messages.Export_usage;
	}

	@Override
	Options options() {
		return Options.NONE;
	}

	@Override
	Action prepare(Arguments arguments, CliContext context) throws CliException {
		OutputFormat format = OutputFormat.of(arguments, OutputFormat.CSV);
		List<String> what = arguments.positionals();
		if (what.size() != 1 || !what.get(0).equals(TAGS)) {
			throw new UsageException(NLS.bind(Messages.Export_what, String.join(" ", what)));
		}
		return (client, ctx) -> {
			BrowseService browse = client.browse();
			NullProgressMonitor monitor = new NullProgressMonitor();
			Page<TagConfig> first = browse.listVariables(null, Pages.PAGE_SIZE, monitor);
			List<String> keys = propertyKeys(first.items());
			List<String> columns = new ArrayList<>(FIXED);
			columns.addAll(keys);
			columns.add(MORE);
			RowWriter rows = format.open(ctx.out(), columns);
			Pages.forEach(first, (next, limit) -> browse.listVariables(next, limit, monitor), t -> rows.row(row(t, keys)));
			rows.end();
			return ExitCode.OK;
		};
	}

	private static List<String> propertyKeys(List<TagConfig> tags) {
		Set<String> keys = new LinkedHashSet<>();
		tags.forEach(t -> keys.addAll(t.properties().keySet()));
		keys.removeAll(FIXED);
		keys.remove(MORE);
		return List.copyOf(keys);
	}

	private static List<Object> row(TagConfig tag, List<String> keys) {
		List<Object> cells = new ArrayList<>(Arrays.asList(tag.name(), BrowseCommand.dataType(tag), tag.connection(),
				tag.group(), tag.comment()));
		Map<String, Object> more = new LinkedHashMap<>(tag.properties());
		for (String key : keys) {
			cells.add(more.remove(key));
		}
		cells.add(more.isEmpty() ? null : more);
		return cells;
	}
}
