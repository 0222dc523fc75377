package org.tagbench.core.model;

import java.util.List;

import org.tagbench.core.errors.WinccError;

/**
 * The logged values of one archive variable.
 *
 * @param archive  the archive name
 * @param variable the archive variable name
 * @param samples  the samples in the order the server sent them
 * @param error    an item error the server reported for this variable, or null
 */
public record ArchiveSeries(String archive, String variable, List<ArchiveSample> samples, WinccError error) {

	public ArchiveSeries {
		samples = List.copyOf(samples);
	}
}
