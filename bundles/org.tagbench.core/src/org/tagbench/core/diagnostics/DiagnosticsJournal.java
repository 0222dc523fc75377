package org.tagbench.core.diagnostics;

import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Ring buffer of the latest requests of all connections (default 5,000). Thread-safe; listeners are
 * called after the entry is stored or the buffer cleared, outside the buffer's lock.
 */
public final class DiagnosticsJournal {

	/** The default number of entries kept. */
	public static final int DEFAULT_CAPACITY = 5_000;

	private final int capacity;
	private final ArrayDeque<JournalEntry> entries;
	private final List<JournalListener> listeners = new CopyOnWriteArrayList<>();

	public DiagnosticsJournal() {
		this(DEFAULT_CAPACITY);
	}

	/** @param capacity the number of entries kept; older ones are dropped */
	public DiagnosticsJournal(int capacity) {
		if (capacity < 1) {
			throw new IllegalArgumentException("capacity must be positive");
		}
		this.capacity = capacity;
		this.entries = new ArrayDeque<>(Math.min(capacity, 1024));
	}

	/** Adds an entry, dropping the oldest when full, and tells the listeners. */
	public void record(JournalEntry entry) {
		synchronized (entries) {
			if (entries.size() == capacity) {
				entries.removeFirst();
			}
			entries.addLast(entry);
		}
		for (JournalListener listener : listeners) {
			listener.entryAdded(entry);
		}
	}

	/** @return the entries, oldest first */
	public List<JournalEntry> entries() {
		synchronized (entries) {
			return List.copyOf(entries);
		}
	}

	/** @return the number of entries kept now */
	public int size() {
		synchronized (entries) {
			return entries.size();
		}
	}

	/** @return the number of entries kept at most */
	public int capacity() {
		return capacity;
	}

	/** Removes every entry and tells the listeners once. */
	public void clear() {
		synchronized (entries) {
			entries.clear();
		}
		for (JournalListener listener : listeners) {
			listener.cleared();
		}
	}

	public void addListener(JournalListener listener) {
		listeners.add(listener);
	}

	public void removeListener(JournalListener listener) {
		listeners.remove(listener);
	}
}
