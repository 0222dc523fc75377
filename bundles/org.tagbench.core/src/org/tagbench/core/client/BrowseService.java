package org.tagbench.core.client;

import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.tagbench.core.errors.WinccException;
import org.tagbench.core.internal.http.RequestSpec;
import org.tagbench.core.internal.http.Requests;
import org.tagbench.core.internal.json.ConfigReaders;
import org.tagbench.core.model.ConnectionInfo;
import org.tagbench.core.model.Page;
import org.tagbench.core.model.StructureType;
import org.tagbench.core.model.StructureVariable;
import org.tagbench.core.model.TagConfig;
import org.tagbench.core.model.TagGroup;

/**
 * Tag configuration of WinCC V8 ({@code tagManagement}), read-only. Lists are paged: pass null as
 * continuation point for the first page and {@link Page#continuationPoint()} for the next; an item limit
 * of 0 leaves the page size to the server.
 */
public final class BrowseService {

	private static final String BASE = "/tagManagement/";

	private final Requests requests;

	BrowseService(Requests requests) {
		this.requests = requests;
	}

	public Page<TagConfig> listVariables(String continuationPoint, int itemLimit, IProgressMonitor monitor)
			throws WinccException {
		return requests.page(RequestSpec.get(BASE + "Variables"), continuationPoint, itemLimit, ConfigReaders::tagConfig, monitor);
	}

	public TagConfig getVariable(String name, IProgressMonitor monitor) throws WinccException {
		return requests.single(RequestSpec.get(BASE + "Variable/" + RequestSpec.segment(name)), ConfigReaders::tagConfig, monitor);
	}

	public Page<ConnectionInfo> listConnections(String continuationPoint, int itemLimit, IProgressMonitor monitor)
			throws WinccException {
		return requests.page(RequestSpec.get(BASE + "Connections"), continuationPoint, itemLimit, ConfigReaders::connection, monitor);
	}

	public ConnectionInfo getConnection(String name, IProgressMonitor monitor) throws WinccException {
		return requests.single(RequestSpec.get(BASE + "Connection/" + RequestSpec.segment(name)), ConfigReaders::connection, monitor);
	}

	public Page<TagGroup> listGroups(String continuationPoint, int itemLimit, IProgressMonitor monitor)
			throws WinccException {
		return requests.page(RequestSpec.get(BASE + "Groups"), continuationPoint, itemLimit, ConfigReaders::group, monitor);
	}

	public TagGroup getGroup(String name, IProgressMonitor monitor) throws WinccException {
		return requests.single(RequestSpec.get(BASE + "Group/" + RequestSpec.segment(name)), ConfigReaders::group, monitor);
	}

	public Page<StructureType> listStructureTypes(String continuationPoint, int itemLimit, IProgressMonitor monitor)
			throws WinccException {
		return requests.page(RequestSpec.get(BASE + "StructureTypes"), continuationPoint, itemLimit,
				ConfigReaders::structureType, monitor);
	}

	public StructureType getStructureType(String name, IProgressMonitor monitor) throws WinccException {
		return requests.single(RequestSpec.get(BASE + "StructureType/" + RequestSpec.segment(name)),
				ConfigReaders::structureType, monitor);
	}

	public Page<StructureVariable> listStructureVariables(String continuationPoint, int itemLimit,
			IProgressMonitor monitor) throws WinccException {
		return requests.page(RequestSpec.get(BASE + "StructureVariables"), continuationPoint, itemLimit,
				ConfigReaders::structureVariable, monitor);
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
}
