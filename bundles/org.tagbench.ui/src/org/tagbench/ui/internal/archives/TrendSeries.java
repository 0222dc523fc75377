package org.tagbench.ui.internal.archives;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.tagbench.core.errors.WinccError;
import org.tagbench.core.model.ArchiveSample;

/**
 * The samples of one archive variable in the trend, oldest first, at most a bound of them (the oldest
 * go first when live values arrive). Confined to the UI thread.
 */
public final class TrendSeries {

	private final String archive;
	private final String variable;
	private final int bound;
	private final Deque<ArchiveSample> samples = new ArrayDeque<>();
	private WinccError error;

	TrendSeries(String archive, String variable, int bound) {
		this.archive = archive;
		this.variable = variable;
		this.bound = bound;
	}

	/** @return the archive's name */
	public String archive() {
		return archive;
	}

	/** @return the archive variable's name */
	public String variable() {
		return variable;
	}

	/** @return the samples, oldest first */
	public List<ArchiveSample> samples() {
		return new ArrayList<>(samples);
	}

	/** @return the number of samples */
	public int size() {
		return samples.size();
	}

	/** @return the item error the server reported for this variable, or null */
	public WinccError error() {
		return error;
	}

	/** @return the time of the newest sample, or null */
	public Instant newest() {
		ArchiveSample last = samples.peekLast();
		return last == null ? null : last.timestamp();
	}

	void replace(List<ArchiveSample> fresh, WinccError itemError) {
		samples.clear();
		error = itemError;
		append(fresh);
	}

	/**
	 * Appends the samples newer than the newest one held, dropping the oldest beyond the bound.
	 *
	 * @return how many were appended
	 */
	int append(List<ArchiveSample> fresh) {
		int added = 0;
		for (ArchiveSample sample : fresh) {
			Instant newest = newest();
			if (newest != null && sample.timestamp() != null && !sample.timestamp().isAfter(newest)) {
				continue;
			}
			samples.addLast(sample);
			added++;
			if (samples.size() > bound) {
				samples.removeFirst();
			}
		}
		return added;
	}
}
