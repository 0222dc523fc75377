package org.tagbench.ui.internal.archives;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tagbench.core.model.ArchiveSample;
import org.tagbench.core.model.ArchiveSeries;

/**
 * What the trend shows: one series per archive variable, in the order they were asked for. Query
 * results replace the series, live values append to them. Confined to the UI thread.
 */
public final class Trend {

	/** The most samples a series keeps; live mode drops the oldest beyond it. */
	public static final int MAX_POINTS = 20_000;

	/**
	 * One sample with its series, a row of the samples table and of the CSV export.
	 *
	 * @param series the series
	 * @param sample the sample
	 */
	public record Row(TrendSeries series, ArchiveSample sample) {
	}

	private static final Comparator<Row> BY_TIME = Comparator.comparing((Row row) -> row.sample().timestamp(),
			Comparator.nullsFirst(Comparator.naturalOrder()));

	private final Map<String, TrendSeries> series = new LinkedHashMap<>();
	private final int bound;

	public Trend() {
		this(MAX_POINTS);
	}

	/** @param bound the most samples each series keeps */
	public Trend(int bound) {
		this.bound = bound;
	}

	private static String key(String archive, String variable) {
		return archive + '\u0000' + variable;
	}

	/** Shows these variables, and none other, with no samples yet. */
	public void select(List<VariableNode> variables) {
		series.clear();
		for (VariableNode variable : variables) {
			series.put(key(variable.archive(), variable.name()), new TrendSeries(variable.archive(), variable.name(), bound));
		}
	}

	/** Replaces the samples of the series that the results name (results for other variables are ignored). */
	public void replace(List<ArchiveSeries> results) {
		for (ArchiveSeries result : results) {
			TrendSeries shown = series.get(key(result.archive(), result.variable()));
			if (shown != null) {
				shown.replace(result.samples(), result.error());
			}
		}
	}

	/** Appends the new samples of live polling. @return how many samples were appended */
	public int append(List<ArchiveSeries> results) {
		int added = 0;
		for (ArchiveSeries result : results) {
			TrendSeries shown = series.get(key(result.archive(), result.variable()));
			if (shown != null) {
				added += shown.append(result.samples());
			}
		}
		return added;
	}

	/** @return the series in the order asked for */
	public Collection<TrendSeries> series() {
		return List.copyOf(series.values());
	}

	/** @return whether no variable is shown */
	public boolean isEmpty() {
		return series.isEmpty();
	}

	/** @return the variables' names per archive, for a query */
	public Map<String, List<String>> variablesByArchive() {
		Map<String, List<String>> byArchive = new LinkedHashMap<>();
		for (TrendSeries shown : series.values()) {
			byArchive.computeIfAbsent(shown.archive(), a -> new ArrayList<>()).add(shown.variable());
		}
		return byArchive;
	}

	/** @return every sample of every series, oldest first */
	public List<Row> rows() {
		List<Row> rows = new ArrayList<>();
		for (TrendSeries shown : series.values()) {
			for (ArchiveSample sample : shown.samples()) {
				rows.add(new Row(shown, sample));
			}
		}
		rows.sort(BY_TIME);
		return rows;
	}
}
