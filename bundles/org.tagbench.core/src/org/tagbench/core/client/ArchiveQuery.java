package org.tagbench.core.client;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A query of logged values of some variables of one archive.
 *
 * @param archive   the archive name
 * @param variables the archive variable names
 * @param from      the start of the range, or null for open
 * @param to        the end of the range, or null for open
 * @param maxValues the most values per variable; 0 or less leaves it to the server
 * @param dialect   the request form
 */
public record ArchiveQuery(String archive, List<String> variables, Instant from, Instant to, int maxValues,
		ArchiveDialect dialect) {

	public ArchiveQuery {
		Objects.requireNonNull(archive, "archive");
		variables = List.copyOf(variables);
		dialect = dialect == null ? ArchiveDialect.AUTO : dialect;
	}

	/** @return a query in the {@link ArchiveDialect#AUTO} dialect */
	public static ArchiveQuery of(String archive, List<String> variables, Instant from, Instant to, int maxValues) {
		return new ArchiveQuery(archive, variables, from, to, maxValues, ArchiveDialect.AUTO);
	}
}
