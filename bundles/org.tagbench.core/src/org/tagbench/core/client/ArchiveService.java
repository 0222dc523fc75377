package org.tagbench.core.client;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.tagbench.core.errors.WinccErrorKind;
import org.tagbench.core.errors.WinccException;
import org.tagbench.core.internal.http.AnswerReader;
import org.tagbench.core.internal.http.MalformedAnswerException;
import org.tagbench.core.internal.http.RequestSpec;
import org.tagbench.core.internal.http.Requests;
import org.tagbench.core.internal.json.ArchiveReaders;
import org.tagbench.core.internal.json.ConfigReaders;
import org.tagbench.core.internal.json.ValueReaders;
import org.tagbench.core.model.Archive;
import org.tagbench.core.model.ArchiveSample;
import org.tagbench.core.model.ArchiveSeries;
import org.tagbench.core.model.ArchiveVariable;
import org.tagbench.core.model.ConfigItem;
import org.tagbench.core.model.Page;

/** Tag logging ({@code tagLogging}): archives, their variables, logged values in both request dialects. */
public final class ArchiveService {

	private static final String BASE = "/tagLogging/";

	private final Requests requests;
	private volatile ArchiveDialect learned;

	ArchiveService(Requests requests) {
		this.requests = requests;
	}

	public Page<Archive> listArchives(String continuationPoint, int itemLimit, IProgressMonitor monitor)
			throws WinccException {
		return requests.page(RequestSpec.get(BASE + "Archives"), continuationPoint, itemLimit, ConfigReaders::archive, monitor);
	}

	public Archive getArchive(String name, IProgressMonitor monitor) throws WinccException {
		return requests.single(RequestSpec.get(BASE + "Archive/" + RequestSpec.segment(name)), ConfigReaders::archive, monitor);
	}

	public Page<ArchiveVariable> archiveVariables(String archive, String continuationPoint, int itemLimit,
			IProgressMonitor monitor) throws WinccException {
		return requests.page(RequestSpec.get(BASE + "Archive/" + RequestSpec.segment(archive) + "/Variables"),
				continuationPoint, itemLimit, o -> ConfigReaders.archiveVariable(archive, o), monitor);
	}

	public ArchiveVariable getArchiveVariable(String archive, String variable, IProgressMonitor monitor)
			throws WinccException {
		return requests.single(RequestSpec.get(BASE + "Archive/" + RequestSpec.segment(archive) + "/Variable/"
				+ RequestSpec.segment(variable)), o -> ConfigReaders.archiveVariable(archive, o), monitor);
	}

	/** @return every archive variable of every archive ({@code GET tagLogging/Variables}), paged */
	public Page<ArchiveVariable> allArchiveVariables(String continuationPoint, int itemLimit, IProgressMonitor monitor)
			throws WinccException {
		return requests.page(RequestSpec.get(BASE + "Variables"), continuationPoint, itemLimit,
				o -> ConfigReaders.archiveVariable(null, o), monitor);
	}

	/** @return the archive timers (cycles), paged */
	public Page<ConfigItem> listTimers(String continuationPoint, int itemLimit, IProgressMonitor monitor)
			throws WinccException {
		return requests.page(RequestSpec.get(BASE + "Timers"), continuationPoint, itemLimit, ConfigReaders::configItem, monitor);
	}

	/**
	 * @return the latest logged value of one variable ({@code GET tagLogging/Archive/{a}/Value/{v}}): of the
	 *         samples the answer holds (a runtime may send a recent window of them, in either order), the one
	 *         with the latest time stamp, else the last one
	 * @throws WinccException a malformed answer when it holds no sample
	 */
	public ArchiveSample latestValue(String archive, String variable, IProgressMonitor monitor) throws WinccException {
		AnswerReader<List<ArchiveSample>> samples = Requests.listReader(ValueReaders::sample);
		return requests.transport().execute(RequestSpec.get(BASE + "Archive/" + RequestSpec.segment(archive) + "/Value/"
				+ RequestSpec.segment(variable)), (body, m) -> latest(samples.read(body, m)), monitor);
	}

	private static ArchiveSample latest(List<ArchiveSample> samples) throws MalformedAnswerException {
		if (samples.isEmpty()) {
			throw new MalformedAnswerException("the answer holds no logged value");
		}
		ArchiveSample latest = samples.get(samples.size() - 1);
		for (ArchiveSample sample : samples) {
			if (sample.timestamp() != null && (latest.timestamp() == null || sample.timestamp().isAfter(latest.timestamp()))) {
				latest = sample;
			}
		}
		return latest;
	}

	/**
	 * Queries logged values. In {@link ArchiveDialect#AUTO} the body dialect is tried first and the path
	 * dialect used when the server does not know it (HTTP 400, 404, 405); the working dialect is remembered.
	 *
	 * @return one series per variable the server returned, matched by name
	 */
	public List<ArchiveSeries> query(ArchiveQuery query, IProgressMonitor monitor) throws WinccException {
		ArchiveDialect dialect = query.dialect() == ArchiveDialect.AUTO && learned != null ? learned : query.dialect();
		if (dialect != ArchiveDialect.AUTO) {
			return dialect == ArchiveDialect.VALUES_BODY ? queryBody(query, monitor) : queryPath(query, monitor);
		}
		try {
			List<ArchiveSeries> result = queryBody(query, monitor);
			learned = ArchiveDialect.VALUES_BODY;
			return result;
		} catch (WinccException e) {
			int status = e.kind() == WinccErrorKind.HTTP_STATUS ? e.error().status() : 0;
			if (status != 400 && status != 404 && status != 405) {
				throw e;
			}
			List<ArchiveSeries> result = queryPath(query, monitor);
			learned = ArchiveDialect.ARCHIVE_PATH;
			return result;
		}
	}

	private List<ArchiveSeries> queryBody(ArchiveQuery query, IProgressMonitor monitor) throws WinccException {
		List<Map<String, Object>> variables = new ArrayList<>();
		for (String variable : query.variables()) {
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("name", variable);
			if (query.from() != null) {
				item.put("timeFrom", query.from().toString());
			}
			if (query.to() != null) {
				item.put("timeTo", query.to().toString());
			}
			if (query.maxValues() > 0) {
				item.put("maxValues", query.maxValues());
			}
			variables.add(item);
		}
		Map<String, Object> body = Map.of("archives", List.of(Map.of("name", query.archive(), "variables", variables)));
		return requests.transport().execute(RequestSpec.postRead(BASE + "Values", Requests.json(body)),
				(in, m) -> ArchiveReaders.series(in, query.archive()), monitor);
	}

	private List<ArchiveSeries> queryPath(ArchiveQuery query, IProgressMonitor monitor) throws WinccException {
		Map<String, String> parameters = new LinkedHashMap<>();
		if (query.maxValues() > 0) {
			parameters.put("maxValues", Integer.toString(query.maxValues()));
		}
		if (query.from() != null) {
			parameters.put("timeFrom", query.from().toString());
		}
		if (query.to() != null) {
			parameters.put("timeTo", query.to().toString());
		}
		RequestSpec spec = RequestSpec.postRead(BASE + "Archive/" + RequestSpec.segment(query.archive()) + "/values",
				Requests.json(Map.of("variableNames", query.variables()))).withQuery(parameters);
		return requests.transport().execute(spec,
				(in, m) -> ArchiveReaders.series(in, query.archive()), monitor);
	}
}
