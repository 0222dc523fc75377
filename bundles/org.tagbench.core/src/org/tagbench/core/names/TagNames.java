package org.tagbench.core.names;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Normalises tag names pasted from CSV files or documents: WinCC answers nothing for names carrying a
 * byte order mark, zero-width characters or full-width punctuation.
 */
public final class TagNames {

	private static final char BOM = '\uFEFF';

	private TagNames() {
	}

	/**
	 * Strips the byte order mark and zero-width characters, applies NFKC and trims white space.
	 *
	 * @param name a tag name
	 * @return the normalised name and what changed
	 */
	public static NameChange normalize(String name) {
		if (isPlainAscii(name)) {
			return new NameChange(name, name, Set.of());
		}
		Set<ChangeKind> kinds = EnumSet.noneOf(ChangeKind.class);
		StringBuilder stripped = new StringBuilder(name.length());
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (c == BOM) {
				kinds.add(ChangeKind.BOM_REMOVED);
			} else if (isZeroWidth(c)) {
				kinds.add(ChangeKind.ZERO_WIDTH_REMOVED);
			} else {
				stripped.append(c);
			}
		}
		String folded = Normalizer.normalize(stripped, Normalizer.Form.NFKC);
		if (!folded.contentEquals(stripped)) {
			kinds.add(ChangeKind.COMPATIBILITY_FOLDED);
		}
		String trimmed = folded.strip();
		if (trimmed.length() != folded.length()) {
			kinds.add(ChangeKind.WHITESPACE_TRIMMED);
		}
		return new NameChange(name, trimmed, kinds);
	}

	/**
	 * Normalises many names, dropping empty names and duplicates (after normalisation).
	 *
	 * @param names tag names
	 * @return one change record per distinct normalised name, in input order; the first original wins
	 */
	public static List<NameChange> normalizeAll(Collection<String> names) {
		Set<String> seen = HashSet.newHashSet(names.size());
		List<NameChange> result = new ArrayList<>(names.size());
		for (String name : names) {
			NameChange change = normalize(name);
			if (!change.normalized().isEmpty() && seen.add(change.normalized())) {
				result.add(change);
			}
		}
		return result;
	}

	/**
	 * @return whether the name is printable ASCII without white space at either end: nothing to strip,
	 *         fold or trim (NFKC leaves ASCII as it is)
	 */
	private static boolean isPlainAscii(String name) {
		int length = name.length();
		if (length == 0 || name.charAt(0) <= ' ' || name.charAt(length - 1) <= ' ') {
			return false;
		}
		for (int i = 0; i < length; i++) {
			char c = name.charAt(i);
			if (c < ' ' || c > '~') {
				return false;
			}
		}
		return true;
	}

	private static boolean isZeroWidth(char c) {
		return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060';
	}
}
