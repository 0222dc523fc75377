package org.tagbench.core.client;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.tagbench.core.errors.ErrorCatalog;
import org.tagbench.core.errors.WinccErrorKind;
import org.tagbench.core.errors.WinccException;
import org.tagbench.core.internal.BulkReader;
import org.tagbench.core.internal.PreparedReads;
import org.tagbench.core.internal.WriteVerifier;
import org.tagbench.core.internal.http.RequestSpec;
import org.tagbench.core.internal.http.Requests;
import org.tagbench.core.internal.json.ValueReaders;
import org.tagbench.core.model.BulkReadResult;
import org.tagbench.core.model.TagValue;
import org.tagbench.core.model.WriteResult;
import org.tagbench.core.names.TagNames;

/**
 * Runtime values ({@code tagManagement/Value(s)}). Names are normalised before sending (see
 * {@link TagNames}); results are matched by name, never by position. Reads are retried on transient
 * failures; writes are never retried and always verified by reading back.
 */
public final class ValueService {

	private final Requests requests;
	private final ExecutorService executor;
	private final BulkReader bulk;
	private final PreparedReads prepared;
	private final WriteVerifier writer;

	ValueService(Requests requests) {
		this.requests = requests;
		this.executor = Executors.newCachedThreadPool(runnable -> {
			Thread thread = new Thread(runnable, "Tagbench bulk read");
			thread.setDaemon(true);
			return thread;
		});
		this.bulk = new BulkReader(requests.transport(), executor);
		this.prepared = new PreparedReads(bulk);
		this.writer = new WriteVerifier(requests.transport(), bulk);
	}

	/**
	 * Reads one value ({@code GET tagManagement/Value/{name}}).
	 *
	 * @return the value; {@code NO_DATA} when the answer is empty, {@code ITEM_ERROR} for a per-item error
	 * @throws WinccException e.g. HTTP 404 for an unknown tag
	 */
	public TagValue read(String name, IProgressMonitor monitor) throws WinccException {
		String normalized = normalizedName(name);
		RequestSpec spec = RequestSpec.get("/tagManagement/Value/" + RequestSpec.segment(normalized));
		List<TagValue> items = requests.transport().execute(spec, ValueReaders::values, monitor);
		return items.stream().filter(v -> v.name().equals(normalized)).findFirst()
				.orElseGet(() -> items.size() == 1 ? items.get(0) : TagValue.noData(normalized));
	}

	/**
	 * Reads many values in batches ({@code POST tagManagement/Values}).
	 *
	 * @return a value for every distinct normalised name, and what normalisation changed
	 * @throws WinccException when every batch failed
	 */
	public BulkReadResult read(Collection<String> names, IProgressMonitor monitor) throws WinccException {
		PreparedReads.Prepared read = prepared.of(names);
		return new BulkReadResult(bulk.readInOrder(read.plan(), monitor), read.changes());
	}

	/**
	 * Writes one value ({@code PUT tagManagement/Value/{name}}) and reads it back.
	 *
	 * @param value Boolean, a Number or a String; binary tags accept true/false or 1/0
	 * @return the verified outcome; a write the server refused is {@code FAILED} with the error
	 * @throws WinccException when the profile is read-only or the name is empty
	 */
	public WriteResult write(String name, Object value, IProgressMonitor monitor) throws WinccException {
		checkWritable();
		return writer.writeOne(normalizedName(name), value, monitor);
	}

	/**
	 * Writes many values in one request ({@code PUT tagManagement/Values}) and reads them back.
	 *
	 * @return one result per distinct normalised name, in input order
	 * @throws WinccException when the profile is read-only
	 */
	public List<WriteResult> write(Map<String, ?> values, IProgressMonitor monitor) throws WinccException {
		checkWritable();
		Map<String, Object> normalized = new LinkedHashMap<>();
		for (Map.Entry<String, ?> entry : values.entrySet()) {
			String key = TagNames.normalize(entry.getKey()).normalized();
			if (!key.isEmpty()) {
				normalized.putIfAbsent(key, entry.getValue());
			}
		}
		if (normalized.isEmpty()) {
			return new ArrayList<>();
		}
		SubMonitor progress = SubMonitor.convert(monitor, 1);
		return writer.writeMany(normalized, progress.split(1));
	}

	private void checkWritable() throws WinccException {
		if (requests.transport().profile().readOnly()) {
			throw new WinccException(ErrorCatalog.forKind(WinccErrorKind.READ_ONLY, requests.transport().profile().name()));
		}
	}

	private static String normalizedName(String name) throws WinccException {
		String normalized = TagNames.normalize(name == null ? "" : name).normalized();
		if (normalized.isEmpty()) {
			throw new WinccException(ErrorCatalog.forKind(WinccErrorKind.CONFIGURATION, "empty tag name"));
		}
		return normalized;
	}

	void close() {
		executor.shutdownNow();
	}
}
