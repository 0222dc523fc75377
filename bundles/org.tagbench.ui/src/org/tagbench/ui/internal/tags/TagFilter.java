package org.tagbench.ui.internal.tags;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.tagbench.core.names.Wildcards;

/**
 * Filters what the Tags view has loaded by name: a wildcard pattern ({@code *}, {@code ?}),
 * case-insensitive, found anywhere in the name. Nothing is fetched for filtering.
 */
final class TagFilter {

	/** The tags that match, at most a limit of them in tree order, and how many match in all. */
	record Matches(List<TagNode> first, int total) {
	}

	private String pattern;
	/**
	 * The text, case-folded, when it has no wildcard (nor a character outside the BMP, nor a line break):
	 * then found in each folder's {@link FolderNames}, about ten times faster than visiting every tag.
	 */
	private String plain;

	/** @param text the filter text; blank shows everything */
	void setText(String text) {
		pattern = text == null || text.isBlank() ? null : wildcard(text.strip());
		plain = null;
		if (pattern != null && text.chars().noneMatch(c -> c == '*' || c == '?' || c == FolderNames.SEPARATOR
				|| Character.isSurrogate((char) c))) {
			plain = fold(text.strip());
		}
	}

	boolean isActive() {
		return pattern != null;
	}

	/** @return the whole-name pattern that finds {@code text} anywhere in a name */
	static String wildcard(String text) {
		String start = text.startsWith("*") ? "" : "*"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		String end = text.endsWith("*") ? "" : "*"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return start + text + end;
	}

	/**
	 * @return the loaded tags below {@code roots} whose names match, each name once, the first
	 *         {@code limit} of them in tree order (folders before their children, children in order)
	 */
	Matches matches(List<TagTreeNode> roots, int limit) {
		List<TagNode> first = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		int[] total = { 0 };
		for (TagTreeNode root : roots) {
			collect(root, limit, first, seen, total);
		}
		return new Matches(List.copyOf(first), total[0]);
	}

	/** @return whether the name matches, ignoring case as {@link Wildcards} does */
	private boolean matches(String name) {
		return plain == null ? Wildcards.matches(pattern, name) : fold(name).contains(plain);
	}

	/**
	 * @return the text case-folded character by character, as {@link Wildcards} compares characters (the
	 *         text itself when folding changes nothing)
	 */
	static String fold(String text) {
		char[] folded = null;
		for (int i = 0; i < text.length(); i++) {
			char c = fold(text.charAt(i));
			if (folded == null && c != text.charAt(i)) {
				folded = text.toCharArray();
			}
			if (folded != null) {
				folded[i] = c;
			}
		}
		return folded == null ? text : new String(folded);
	}

	/** Case folding as {@link Wildcards} does it, with a short way for ASCII. */
	private static char fold(char c) {
		if (c < 128) {
			return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
		}
		return Character.toLowerCase(Character.toUpperCase(c));
	}

	private void collect(TagTreeNode node, int limit, List<TagNode> first, Set<String> seen, int[] total) {
		if (node instanceof TagNode tag) {
			if (matches(tag.name())) {
				found(tag, limit, first, seen, total);
			}
		} else if (node instanceof FolderNode folder) {
			if (plain != null) {
				collectPlain(folder, limit, first, seen, total);
			} else {
				for (TagTreeNode child : folder.loaded()) {
					collect(child, limit, first, seen, total);
				}
			}
		}
	}

	/** Visits only the folder's tags that contain the plain text, and its folders, in their order. */
	private void collectPlain(FolderNode folder, int limit, List<TagNode> first, Set<String> seen, int[] total) {
		List<TagTreeNode> children = folder.loaded();
		int[] tags = folder.names().find(plain);
		int[] folders = folder.names().folders();
		int f = 0;
		for (int tag : tags) {
			while (f < folders.length && folders[f] < tag) {
				collect(children.get(folders[f++]), limit, first, seen, total);
			}
			found((TagNode) children.get(tag), limit, first, seen, total);
		}
		while (f < folders.length) {
			collect(children.get(folders[f++]), limit, first, seen, total);
		}
	}

	private static void found(TagNode tag, int limit, List<TagNode> first, Set<String> seen, int[] total) {
		if (seen.add(tag.name())) {
			total[0]++;
			if (first.size() < limit) {
				first.add(tag);
			}
		}
	}
}
