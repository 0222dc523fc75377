package org.tagbench.ui.internal.tags;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.tagbench.core.client.WinccClient;
import org.tagbench.core.errors.WinccException;
import org.tagbench.core.model.BulkReadResult;
import org.tagbench.core.model.TagConfig;
import org.tagbench.core.model.ValueInput;
import org.tagbench.ui.internal.Messages;

/**
 * Checks the rows of a CSV file before anything is written: each tag's configuration is fetched and
 * the value checked against its type and limits, a tag the runtime does not know or a name given twice
 * leaves its row out, and the current values are read at once. Runs in a Job.
 */
final class CsvWriteCheck {

	private CsvWriteCheck() {
	}

	/** @return one checked row per row, in file order */
	static List<CsvWriteRow> check(WinccClient client, List<CsvRow> rows, IProgressMonitor monitor)
			throws WinccException {
		SubMonitor progress = SubMonitor.convert(monitor, rows.size() + 1);
		Map<String, Integer> firstLine = new HashMap<>();
		Map<CsvRow, Object> values = new LinkedHashMap<>();
		Map<CsvRow, String> problems = new HashMap<>();
		for (CsvRow row : rows) {
			IProgressMonitor step = progress.split(1);
			String problem = row.problem();
			Integer earlier = problem == null
					? firstLine.putIfAbsent(row.name().normalized(), Integer.valueOf(row.line()))
					: null;
			if (problem == null && earlier != null) {
				problem = NLS.bind(Messages.CsvWrite_duplicate, earlier);
			}
			if (problem == null) {
				ValueInput.Result result = parse(client, row, step);
				problem = result.problem();
				values.put(row, result.value());
			}
			if (problem != null) {
				problems.put(row, problem);
			}
		}
		List<String> names = values.keySet().stream().filter(row -> !problems.containsKey(row))
				.map(row -> row.name().normalized()).toList();
		BulkReadResult current = names.isEmpty() ? null : client.values().read(names, progress.split(1));
		List<CsvWriteRow> checked = new ArrayList<>();
		for (CsvRow row : rows) {
			String problem = problems.get(row);
			if (problem == null && current != null) {
				checked.add(new CsvWriteRow(row, current.get(row.name().normalized()), values.get(row), null));
			} else {
				checked.add(new CsvWriteRow(row, null, null, problem));
			}
		}
		return checked;
	}

	private static ValueInput.Result parse(WinccClient client, CsvRow row, IProgressMonitor monitor) {
		TagConfig config;
		try {
			config = client.browse().getVariable(row.name().normalized(), monitor);
		} catch (WinccException e) {
			return new ValueInput.Result(null, NLS.bind(Messages.CsvWrite_unknownTag, e.error().meaning()));
		}
		Optional<ValueInput> input = ValueInput.of(config);
		if (row.value().isEmpty()) {
			return new ValueInput.Result(null, Messages.CsvWrite_noValue);
		}
		return input.isPresent() ? input.get().parse(row.value()) : new ValueInput.Result(ValueInput.untyped(row.value()), null);
	}
}
