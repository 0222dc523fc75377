package org.tagbench.ui.internal.tags;

import java.util.Arrays;
import java.util.List;

/**
 * The case-folded names of a folder's loaded children in one string, so that the filter finds the tags
 * whose names contain a text with one {@link String#indexOf} per folder. Asking 100,000 tag nodes for their
 * names, scattered over the heap, took about 27 ms of memory stalls per keystroke; one string per folder
 * is read in a few milliseconds. Children that are not tags stand as empty names; folders are listed
 * apart, so that the filter visits only the matches and the folders.
 */
final class FolderNames {

	/** Between two names: never in a filter text, so no match spans two names. */
	static final char SEPARATOR = '\n';

	private final StringBuilder names = new StringBuilder();
	private int[] starts = new int[16];
	private int count;
	private int[] folders = new int[0];
	private int folderCount;
	private String text;

	/** Adds the children of a page, in order, after those added before. */
	void add(List<TagTreeNode> children) {
		for (TagTreeNode child : children) {
			if (count == starts.length) {
				starts = Arrays.copyOf(starts, count * 2);
			}
			starts[count] = names.length();
			if (child instanceof TagNode tag) {
				names.append(TagFilter.fold(tag.name()));
			} else if (child instanceof FolderNode) {
				if (folderCount == folders.length) {
					folders = Arrays.copyOf(folders, Math.max(4, folderCount * 2));
				}
				folders[folderCount++] = count;
			}
			names.append(SEPARATOR);
			count++;
		}
		text = null;
	}

	/** Forgets every child. */
	void clear() {
		names.setLength(0);
		count = 0;
		folderCount = 0;
		text = null;
	}

	/**
	 * @param folded case-folded text, not empty, without {@link #SEPARATOR}
	 * @return the indices of the children whose folded names contain {@code folded}, in ascending order
	 */
	int[] find(String folded) {
		if (text == null) {
			text = names.toString();
		}
		int[] found = new int[8];
		int n = 0;
		for (int at = text.indexOf(folded); at >= 0; ) {
			int index = childAt(at);
			if (n == found.length) {
				found = Arrays.copyOf(found, n * 2);
			}
			found[n++] = index;
			at = index + 1 < count ? text.indexOf(folded, starts[index + 1]) : -1;
		}
		return Arrays.copyOf(found, n);
	}

	/** @return the indices of the children that are folders, in ascending order */
	int[] folders() {
		return Arrays.copyOf(folders, folderCount);
	}

	private int childAt(int offset) {
		int found = Arrays.binarySearch(starts, 0, count, offset);
		return found >= 0 ? found : -found - 2;
	}
}
