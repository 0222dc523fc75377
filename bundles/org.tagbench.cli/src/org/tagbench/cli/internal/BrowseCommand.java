package org.tagbench.cli.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.tagbench.core.client.BrowseService;
import org.tagbench.core.client.VariableQuery;
import org.tagbench.core.model.StructureVariable;
import org.tagbench.core.model.TagConfig;
import org.tagbench.core.model.TagGroup;

/**
 * {@code tagbench browse [--group G] [--recursive]}: the tag tree of WinCC V8's tag management. The tree
 * is groups, then structure variables, then tags. Without a group it lists the groups; with one, the
 * group's structure variables and its tags outside them. {@code --recursive} includes everything below.
 */
final class BrowseCommand extends ConnectedCommand {

	private static final List<String> COLUMNS = List.of("kind", "name", "group", "structure", "connection", "dataType",
			"comment");
	private static final String STRUCTURE = "structureVariable";

	@Override
	public String name() {
		return "browse";
	}

	@Override
	public String usage() {
		return Messages.Browse_usage;
	}

	@Override
	Options options() {
		return new Options(Set.of("--recursive"), Set.of("--group"));
	}

	@Override
	Action prepare(Arguments arguments, CliContext context) throws CliException {
		OutputFormat format = OutputFormat.of(arguments, OutputFormat.TABLE);
		arguments.noPositionals();
		String group = arguments.value("--group");
		boolean recursive = arguments.flag("--recursive");
		return (client, ctx) -> {
			BrowseService browse = client.browse();
			NullProgressMonitor monitor = new NullProgressMonitor();
			if (group != null) {
				browse.getGroup(group, monitor);
			}
			RowWriter rows = format.open(ctx.out(), COLUMNS);
			if (group == null) {
				Pages.forEach((next, limit) -> browse.listGroups(next, limit, monitor), g -> rows.row(row(g)));
			}
			if (group != null || recursive) {
				VariableQuery query = group == null ? VariableQuery.ALL : VariableQuery.inGroup(group);
				Pages.forEach((next, limit) -> browse.listStructureVariables(query, next, limit, monitor),
						s -> rows.row(row(s)));
				Pages.forEach((next, limit) -> browse.listVariables(query, next, limit, monitor), t -> {
					if (recursive || text(t.properties(), STRUCTURE).isEmpty()) {
						rows.row(row(t));
					}
				});
			}
			rows.end();
			return ExitCode.OK;
		};
	}

	private static List<Object> row(TagGroup group) {
		return Arrays.asList("group", group.name(), "", "", group.connection(), "", text(group.properties(), "comment"));
	}

	private static List<Object> row(StructureVariable structure) {
		Map<String, Object> p = structure.properties();
		return Arrays.asList("structure", structure.name(), text(p, "group"), "", text(p, "connection"),
				structure.typeName(), text(p, "comment"));
	}

	static List<Object> row(TagConfig tag) {
		Map<String, Object> p = tag.properties();
		return Arrays.asList("tag", tag.name(), tag.group(), text(p, STRUCTURE), tag.connection(), dataType(tag),
				tag.comment());
	}

	/** @return the data type by name when the server sends one, else as the server sends it */
	static String dataType(TagConfig tag) {
		String named = text(tag.properties(), "dataTypeName");
		return named.isEmpty() ? Objects.toString(tag.dataType(), "") : named;
	}

	private static String text(Map<String, Object> properties, String key) {
		Object value = properties.get(key);
		return value == null ? "" : value.toString();
	}
}
