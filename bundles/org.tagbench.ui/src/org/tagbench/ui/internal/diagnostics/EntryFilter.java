package org.tagbench.ui.internal.diagnostics;

import java.util.Locale;

import org.tagbench.core.diagnostics.JournalEntry;

/**
 * What the Diagnostics view shows: the requests of one connection (or all), of one status class, whose
 * method, URL, connection, status or result contain a text (case-insensitive).
 *
 * @param profileId the connection's profile id, or null for all
 * @param status    the status class
 * @param text      the text to look for, empty for any
 */
public record EntryFilter(String profileId, StatusClass status, String text) {

	/** Shows every request. */
	public static final EntryFilter ALL = new EntryFilter(null, StatusClass.ALL, ""); //$NON-NLS-1$

	public EntryFilter {
		text = text == null ? "" : text.trim().toLowerCase(Locale.ROOT); //$NON-NLS-1$
	}

	/** @return whether the view shows {@code entry} */
	public boolean matches(JournalEntry entry) {
		if (profileId != null && !profileId.equals(entry.profileId())) {
			return false;
		}
		if (!status.matches(entry)) {
			return false;
		}
		return text.isEmpty() || contains(entry.method()) || contains(entry.url()) || contains(entry.profileName())
				|| contains(Integer.toString(entry.status()))
				|| entry.failed() && (contains(entry.error().label()) || contains(entry.error().meaning()));
	}

	private boolean contains(String value) {
		return value != null && value.toLowerCase(Locale.ROOT).contains(text);
	}
}
