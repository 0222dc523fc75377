package org.tagbench.core.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.tagbench.core.errors.ErrorCatalog;
import org.tagbench.core.errors.WinccError;
import org.tagbench.core.errors.WinccErrorKind;
import org.tagbench.core.errors.WinccException;
import org.tagbench.core.internal.http.HttpTransport;
import org.tagbench.core.internal.http.RequestSpec;
import org.tagbench.core.internal.http.Requests;
import org.tagbench.core.internal.json.WriteOutcomes;
import org.tagbench.core.model.TagValue;
import org.tagbench.core.model.WriteResult;
import org.tagbench.core.model.WriteStatus;

/**
 * Writes values once (never retried: a write that timed out may have happened) and verifies each accepted
 * write by reading the value back. A write whose answer was lost (see {@link ErrorCatalog#mayHaveWritten})
 * is reported as {@link WriteStatus#UNKNOWN} with the value read afterwards.
 */
public final class WriteVerifier {

	private final HttpTransport transport;
	private final BulkReader reader;

	public WriteVerifier(HttpTransport transport, BulkReader reader) {
		this.transport = transport;
		this.reader = reader;
	}

	public WriteResult writeOne(String name, Object value, IProgressMonitor monitor) throws WinccException {
		SubMonitor progress = SubMonitor.convert(monitor, 2);
		byte[] body = Requests.json(Map.of("value", value));
		RequestSpec spec = RequestSpec.putWrite("/tagManagement/Value/" + RequestSpec.segment(name), body);
		WinccError refused;
		try {
			refused = transport.execute(spec, (in, m) -> WriteOutcomes.one(in), progress.split(1));
		} catch (WinccException e) {
			if (ErrorCatalog.mayHaveWritten(e.error())) {
				return unknown(Map.of(name, value), e.error(), progress.split(1)).get(0);
			}
			refused = e.error();
		}
		if (refused != null) {
			return new WriteResult(name, value, WriteStatus.FAILED, null, refused);
		}
		return verify(Map.of(name, value), progress.split(1)).get(0);
	}

	public List<WriteResult> writeMany(Map<String, Object> values, IProgressMonitor monitor) throws WinccException {
		SubMonitor progress = SubMonitor.convert(monitor, 2);
		List<Map<String, Object>> body = new ArrayList<>();
		values.forEach((name, value) -> {
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("variableName", name);
			item.put("value", value);
			body.add(item);
		});
		Map<String, WinccError> refused = new LinkedHashMap<>();
		try {
			List<WriteOutcomes.Outcome> outcomes = transport.execute(
					RequestSpec.putWrite("/tagManagement/Values", Requests.json(body)), WriteOutcomes::many,
					progress.split(1));
			for (WriteOutcomes.Outcome outcome : outcomes) {
				if (outcome.error() != null && outcome.name() != null && values.containsKey(outcome.name())) {
					refused.put(outcome.name(), outcome.error());
				}
			}
		} catch (WinccException e) {
			if (ErrorCatalog.mayHaveWritten(e.error())) {
				return unknown(values, e.error(), progress.split(1));
			}
			List<WriteResult> failed = new ArrayList<>();
			values.forEach((name, value) -> failed.add(new WriteResult(name, value, WriteStatus.FAILED, null, e.error())));
			return failed;
		}
		Map<String, Object> accepted = new LinkedHashMap<>(values);
		refused.keySet().forEach(accepted::remove);
		Map<String, WriteResult> verified = new LinkedHashMap<>();
		if (!accepted.isEmpty()) {
			verify(accepted, progress.split(1)).forEach(r -> verified.put(r.name(), r));
		}
		List<WriteResult> results = new ArrayList<>();
		values.forEach((name, value) -> results.add(refused.containsKey(name)
				? new WriteResult(name, value, WriteStatus.FAILED, null, refused.get(name))
				: verified.get(name)));
		return results;
	}

	/**
	 * The outcome of writes whose answer was lost: reads the values once more (a read, so retried as reads
	 * are) to show what the runtime holds now, and reports each write as {@link WriteStatus#UNKNOWN} with the
	 * error that hid the answer.
	 */
	private List<WriteResult> unknown(Map<String, Object> written, WinccError cause, IProgressMonitor monitor) {
		Map<String, TagValue> now;
		try {
			now = reader.read(new ArrayList<>(written.keySet()), monitor);
		} catch (WinccException e) {
			now = Map.of();
		}
		List<WriteResult> results = new ArrayList<>();
		for (Map.Entry<String, Object> entry : written.entrySet()) {
			TagValue current = now.get(entry.getKey());
			results.add(new WriteResult(entry.getKey(), entry.getValue(), WriteStatus.UNKNOWN,
					current != null && current.isOk() ? current : null, cause));
		}
		return results;
	}

	private List<WriteResult> verify(Map<String, Object> written, IProgressMonitor monitor) {
		Map<String, TagValue> back;
		try {
			back = reader.read(new ArrayList<>(written.keySet()), monitor);
		} catch (WinccException e) {
			List<WriteResult> unverified = new ArrayList<>();
			written.forEach((name, value) -> unverified.add(new WriteResult(name, value, WriteStatus.UNVERIFIED, null, e.error())));
			return unverified;
		}
		List<WriteResult> results = new ArrayList<>();
		written.forEach((name, value) -> results.add(compare(name, value, back.get(name))));
		return results;
	}

	private static WriteResult compare(String name, Object value, TagValue readBack) {
		if (readBack == null || !readBack.isOk()) {
			WinccError error = readBack != null && readBack.failure() != null ? readBack.failure()
					: ErrorCatalog.forKind(WinccErrorKind.ITEM_ERROR, "no value read back for " + name);
			return new WriteResult(name, value, WriteStatus.UNVERIFIED, readBack, error);
		}
		if (ValueComparison.same(value, readBack.value())) {
			return new WriteResult(name, value, WriteStatus.VERIFIED, readBack, null);
		}
		return new WriteResult(name, value, WriteStatus.MISMATCH, readBack, ErrorCatalog.forKind(
				WinccErrorKind.WRITE_MISMATCH, "wrote " + value + ", read back " + readBack.value()));
	}
}
