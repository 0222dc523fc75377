package org.tagbench.core.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

import org.tagbench.core.names.NameChange;
import org.tagbench.core.names.TagNames;

/**
 * Bulk reads prepared for the last few lists of names asked for: their names normalised, split into
 * batches and written as request bodies once. A watch or an open page of tags reads the same names again
 * and again. Thread-safe.
 */
public final class PreparedReads {

	/** How many lists are kept: a watch, the pages shown and a write's read-back at once. */
	private static final int KEPT = 4;
	/** Longer lists are prepared for each read, not kept. */
	private static final int MOST_NAMES = 50_000;

	private final BulkReader reader;
	private final Deque<Prepared> recent = new ArrayDeque<>(KEPT);

	/** @param reader prepares the batches of a read */
	public PreparedReads(BulkReader reader) {
		this.reader = reader;
	}

	/**
	 * A read prepared for a list of names.
	 *
	 * @param asked   the names as asked for
	 * @param changes what normalisation changed in them (names it left alone are not listed)
	 * @param plan    the distinct normalised names, in batches with their request bodies
	 */
	public record Prepared(List<String> asked, List<NameChange> changes, BulkReader.Plan plan) {
	}

	/** @return the read of these names, prepared now or for an earlier read of the same names in the same order */
	public Prepared of(Collection<String> names) {
		List<String> asked = names instanceof List<String> list ? list : new ArrayList<>(names);
		synchronized (this) {
			for (Iterator<Prepared> i = recent.iterator(); i.hasNext();) {
				Prepared prepared = i.next();
				if (prepared.asked().size() == asked.size() && prepared.asked().equals(asked)) {
					i.remove();
					recent.addFirst(prepared);
					return prepared;
				}
			}
		}
		List<NameChange> all = TagNames.normalizeAll(asked);
		List<String> normalized = new ArrayList<>(all.size());
		List<NameChange> changes = new ArrayList<>();
		for (NameChange change : all) {
			normalized.add(change.normalized());
			if (change.changed()) {
				changes.add(change);
			}
		}
		Prepared prepared = new Prepared(List.copyOf(asked), List.copyOf(changes), reader.plan(normalized));
		if (asked.size() <= MOST_NAMES) {
			synchronized (this) {
				if (recent.size() == KEPT) {
					recent.removeLast();
				}
				recent.addFirst(prepared);
			}
		}
		return prepared;
	}
}
