package org.tagbench.core.diagnostics;

/**
 * Told about every entry added to a {@link DiagnosticsJournal}, on the thread that made the request, and
 * about clearing it, on the thread that cleared it.
 */
@FunctionalInterface
public interface JournalListener {

	/** @param entry the entry just recorded */
	void entryAdded(JournalEntry entry);

	/** The journal was emptied; called once per {@link DiagnosticsJournal#clear()}. Does nothing by default. */
	default void cleared() {
		// most listeners only count or show new entries
	}
}
