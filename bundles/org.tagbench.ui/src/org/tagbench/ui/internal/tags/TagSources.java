package org.tagbench.ui.internal.tags;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.osgi.util.NLS;
import org.tagbench.core.client.VariableQuery;
import org.tagbench.core.client.WinccClient;
import org.tagbench.core.errors.WinccException;
import org.tagbench.core.model.ConnectionInfo;
import org.tagbench.core.model.Page;
import org.tagbench.core.model.StructureType;
import org.tagbench.core.model.StructureVariable;
import org.tagbench.core.model.TagConfig;
import org.tagbench.core.model.TagGroup;
import org.tagbench.ui.internal.Messages;
import org.tagbench.ui.internal.tags.FolderNode.Kind;

/**
 * The shape of a connection's tag tree: the top-level categories and, for each kind of folder, how
 * its children are fetched. Tags of a group or a driver connection come from the runtime filtered
 * and paged; a structure instance lists its elements.
 */
final class TagSources {

	private TagSources() {
	}

	/** @return the top-level folders of a connection's tree */
	static List<FolderNode> roots() {
		return List.of(
				new FolderNode(null, Kind.CATEGORY, Messages.TagTree_groups, null,
						(folder, client, next, limit, monitor) -> map(client.browse().listGroups(next, limit, monitor),
								group -> groupFolder(folder, group))),
				new FolderNode(null, Kind.CATEGORY, Messages.TagTree_connections, null,
						(folder, client, next, limit, monitor) -> map(client.browse().listConnections(next, limit, monitor),
								connection -> connectionFolder(folder, connection))),
				new FolderNode(null, Kind.CATEGORY, Messages.TagTree_structureTypes, null,
						(folder, client, next, limit, monitor) -> map(
								client.browse().listStructureTypes(next, limit, monitor), type -> typeFolder(folder, type))),
				new FolderNode(null, Kind.CATEGORY, Messages.TagTree_allTags, null,
						(folder, client, next, limit, monitor) -> map(client.browse().listVariables(next, limit, monitor),
								config -> new TagNode(folder, config))));
	}

	/**
	 * @return the folder of the profile's favourite tags, each with its configuration when the runtime
	 *         still knows it (a tag gone since keeps its name and shows why its value cannot be read)
	 */
	static FolderNode favourites(Supplier<List<String>> names) {
		return new FolderNode(null, Kind.FAVOURITES, Messages.TagTree_favourites, null,
				(folder, client, next, limit, monitor) -> {
					List<TagTreeNode> tags = new ArrayList<>();
					for (String name : names.get()) {
						tags.add(new TagNode(folder, configOf(client, name, monitor)));
					}
					return new Page<>(tags, null);
				});
	}

	private static TagConfig configOf(WinccClient client, String name, IProgressMonitor monitor) {
		try {
			return client.browse().getVariable(name, monitor);
		} catch (WinccException e) {
			return nameOnly(name);
		}
	}

	/** @return a folder with the tags whose names match a wildcard pattern, searched on the server */
	static FolderNode search(String pattern) {
		return new FolderNode(null, Kind.SEARCH, NLS.bind(Messages.TagTree_search, pattern), pattern,
				(folder, client, next, limit, monitor) -> map(
						client.browse().listVariables(VariableQuery.named(pattern), next, limit, monitor),
						config -> new TagNode(folder, config)));
	}

	private static FolderNode groupFolder(FolderNode parent, TagGroup group) {
		return new FolderNode(parent, Kind.GROUP, group.name(), group,
				(folder, client, next, limit, monitor) -> map(
						client.browse().listVariables(VariableQuery.inGroup(group.name()), next, limit, monitor),
						config -> new TagNode(folder, config)));
	}

	private static FolderNode connectionFolder(FolderNode parent, ConnectionInfo connection) {
		return new FolderNode(parent, Kind.DRIVER_CONNECTION, connection.name(), connection,
				(folder, client, next, limit, monitor) -> map(
						client.browse().listVariables(VariableQuery.inConnection(connection.name()), next, limit, monitor),
						config -> new TagNode(folder, config)));
	}

	private static FolderNode typeFolder(FolderNode parent, StructureType type) {
		return new FolderNode(parent, Kind.STRUCTURE_TYPE, type.name(), type,
				(folder, client, next, limit, monitor) -> new Page<TagTreeNode>(
						client.browse().structureVariablesOfType(type.name(), monitor).stream()
								.map(instance -> (TagTreeNode) instanceFolder(folder, instance)).toList(),
						null));
	}

	private static FolderNode instanceFolder(FolderNode parent, StructureVariable instance) {
		return new FolderNode(parent, Kind.STRUCTURE_VARIABLE, instance.name(), instance,
				(folder, client, next, limit, monitor) -> new Page<TagTreeNode>(elements(instance).stream()
						.map(name -> (TagTreeNode) new TagNode(folder, nameOnly(name))).toList(), null));
	}

	private static List<String> elements(StructureVariable instance) {
		Object elements = instance.properties().get("elements"); //$NON-NLS-1$
		if (elements instanceof List<?> list) {
			return list.stream().map(String::valueOf).toList();
		}
		return List.of();
	}

	private static TagConfig nameOnly(String name) {
		return new TagConfig(name, null, null, null, null, Map.of());
	}

	private static <T> Page<TagTreeNode> map(Page<T> page, Function<T, TagTreeNode> toNode) {
		return new Page<>(page.items().stream().map(toNode).toList(), page.continuationPoint());
	}
}
