package org.tagbench.core.client;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

import org.eclipse.core.runtime.IProgressMonitor;
import org.tagbench.core.errors.WinccException;
import org.tagbench.core.internal.http.RequestSpec;
import org.tagbench.core.internal.http.Requests;
import org.tagbench.core.internal.json.ConfigReaders;
import org.tagbench.core.internal.json.JsonItems;
import org.tagbench.core.model.ConnectionInfo;
import org.tagbench.core.model.Page;
import org.tagbench.core.model.StructureType;
import org.tagbench.core.model.StructureVariable;
import org.tagbench.core.model.TagConfig;
import org.tagbench.core.model.TagGroup;
import org.tagbench.core.names.Wildcards;

/**
 * Tag configuration of WinCC V8 ({@code tagManagement}), read-only. Lists are paged: pass null as
 * continuation point for the first page and {@link Page#continuationPoint()} for the next; an item limit
 * of 0 leaves the page size to the server.
 * <p>
 * Lists can be narrowed by a {@link VariableQuery} or a name pattern ({@link Wildcards}). The server is
 * asked to select (parameters {@code group}, {@code connection}, {@code filter}: our assumption), and the
 * items of each page are selected again here, so the result is right when a server ignores the
 * parameters. Then a page may hold fewer items than asked for, even none, while {@link Page#hasMore()}
 * still says to fetch the next one.
 */
public final class BrowseService {

	private static final String BASE = "/tagManagement/";

	private final Requests requests;

	BrowseService(Requests requests) {
		this.requests = requests;
	}

	public Page<TagConfig> listVariables(String continuationPoint, int itemLimit, IProgressMonitor monitor)
			throws WinccException {
		return listVariables(VariableQuery.ALL, continuationPoint, itemLimit, monitor);
	}

	/** @return the page of the tags that the query selects */
	public Page<TagConfig> listVariables(VariableQuery query, String continuationPoint, int itemLimit,
			IProgressMonitor monitor) throws WinccException {
		Page<TagConfig> page = requests.page(RequestSpec.get(BASE + "Variables").withQuery(query.parameters()),
				continuationPoint, itemLimit, ConfigReaders::tagConfig, monitor);
		return selected(page, query::matches);
	}

	public TagConfig getVariable(String name, IProgressMonitor monitor) throws WinccException {
		return requests.single(RequestSpec.get(BASE + "Variable/" + RequestSpec.segment(name)), ConfigReaders::tagConfig, monitor);
	}

	public Page<ConnectionInfo> listConnections(String continuationPoint, int itemLimit, IProgressMonitor monitor)
			throws WinccException {
		return listConnections(null, continuationPoint, itemLimit, monitor);
	}

	/** @param namePattern a {@link Wildcards} pattern, or null for all connections */
	public Page<ConnectionInfo> listConnections(String namePattern, String continuationPoint, int itemLimit,
			IProgressMonitor monitor) throws WinccException {
		return named("Connections", namePattern, continuationPoint, itemLimit, ConfigReaders::connection,
				ConnectionInfo::name, monitor);
	}

	public ConnectionInfo getConnection(String name, IProgressMonitor monitor) throws WinccException {
		return requests.single(RequestSpec.get(BASE + "Connection/" + RequestSpec.segment(name)), ConfigReaders::connection, monitor);
	}

	public Page<TagGroup> listGroups(String continuationPoint, int itemLimit, IProgressMonitor monitor)
			throws WinccException {
		return listGroups(null, continuationPoint, itemLimit, monitor);
	}

	/** @param namePattern a {@link Wildcards} pattern, or null for all groups */
	public Page<TagGroup> listGroups(String namePattern, String continuationPoint, int itemLimit,
			IProgressMonitor monitor) throws WinccException {
		return named("Groups", namePattern, continuationPoint, itemLimit, ConfigReaders::group, TagGroup::name,
				monitor);
	}

	public TagGroup getGroup(String name, IProgressMonitor monitor) throws WinccException {
		return requests.single(RequestSpec.get(BASE + "Group/" + RequestSpec.segment(name)), ConfigReaders::group, monitor);
	}

	public Page<StructureType> listStructureTypes(String continuationPoint, int itemLimit, IProgressMonitor monitor)
			throws WinccException {
		return listStructureTypes(null, continuationPoint, itemLimit, monitor);
	}

	/** @param namePattern a {@link Wildcards} pattern, or null for all structure types */
	public Page<StructureType> listStructureTypes(String namePattern, String continuationPoint, int itemLimit,
			IProgressMonitor monitor) throws WinccException {
		return named("StructureTypes", namePattern, continuationPoint, itemLimit, ConfigReaders::structureType,
				StructureType::name, monitor);
	}

	public StructureType getStructureType(String name, IProgressMonitor monitor) throws WinccException {
		return requests.single(RequestSpec.get(BASE + "StructureType/" + RequestSpec.segment(name)),
				ConfigReaders::structureType, monitor);
	}

	public Page<StructureVariable> listStructureVariables(String continuationPoint, int itemLimit,
			IProgressMonitor monitor) throws WinccException {
		return listStructureVariables(VariableQuery.ALL, continuationPoint, itemLimit, monitor);
	}

	/**
	 * @return the page of the structure variables that the query selects; their group and connection
	 *         are read from the properties {@code group} and {@code connection}
	 */
	public Page<StructureVariable> listStructureVariables(VariableQuery query, String continuationPoint,
			int itemLimit, IProgressMonitor monitor) throws WinccException {
		Page<StructureVariable> page = requests.page(
				RequestSpec.get(BASE + "StructureVariables").withQuery(query.parameters()), continuationPoint,
				itemLimit, ConfigReaders::structureVariable, monitor);
		return selected(page, v -> query.matches(v.name(), text(v.properties().get("group")),
				text(v.properties().get("connection"))));
	}

	/** @return the instances of the given structure types ({@code POST StructureVariables}) */
	public List<StructureVariable> structureVariablesOfTypes(List<String> typeNames, IProgressMonitor monitor)
			throws WinccException {
		RequestSpec spec = RequestSpec.postRead(BASE + "StructureVariables", Requests.json(Map.of("typeNames", typeNames)));
		return requests.list(spec, ConfigReaders::structureVariable, monitor);
	}

	/** @return the instances of one structure type ({@code GET StructureVariable/{type}}) */
	public List<StructureVariable> structureVariablesOfType(String typeName, IProgressMonitor monitor)
			throws WinccException {
		return requests.list(RequestSpec.get(BASE + "StructureVariable/" + RequestSpec.segment(typeName)),
				ConfigReaders::structureVariable, monitor);
	}

	/** A page of a list selected by name pattern, on the server and again here. */
	private <T> Page<T> named(String list, String namePattern, String continuationPoint, int itemLimit,
			JsonItems.ItemMapper<T> mapper, Function<T, String> name, IProgressMonitor monitor) throws WinccException {
		Page<T> page = requests.page(RequestSpec.get(BASE + list).withQuery(filter(namePattern)), continuationPoint,
				itemLimit, mapper, monitor);
		return selected(page, item -> Wildcards.matches(namePattern, name.apply(item)));
	}

	private static Map<String, String> filter(String namePattern) {
		return VariableQuery.named(namePattern).parameters();
	}

	private static String text(Object value) {
		return value == null ? null : value.toString();
	}

	/** @return the page with only the items kept, and the server's continuation point */
	private static <T> Page<T> selected(Page<T> page, Predicate<T> keep) {
		List<T> items = page.items().stream().filter(keep).toList();
		return items.size() == page.items().size() ? page : new Page<>(items, page.continuationPoint());
	}
}
