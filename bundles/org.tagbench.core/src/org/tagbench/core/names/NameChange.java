package org.tagbench.core.names;

import java.util.Set;

/**
 * What normalisation did to one tag name.
 *
 * @param original   the name as given
 * @param normalized the name as sent to the server
 * @param kinds      the kinds of change; empty when the name was already normal
 */
public record NameChange(String original, String normalized, Set<ChangeKind> kinds) {

	public NameChange {
		kinds = Set.copyOf(kinds);
	}

	/** @return whether normalisation changed the name */
	public boolean changed() {
		return !kinds.isEmpty();
	}
}
