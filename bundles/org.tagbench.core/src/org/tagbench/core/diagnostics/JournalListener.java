package org.tagbench.core.diagnostics;

/** Told about every entry added to a {@link DiagnosticsJournal}, on the thread that made the request. */
@FunctionalInterface
public interface JournalListener {

	/** @param entry the entry just recorded */
	void entryAdded(JournalEntry entry);
}
