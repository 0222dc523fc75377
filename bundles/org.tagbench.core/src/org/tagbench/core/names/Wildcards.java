package org.tagbench.core.names;

/**
 * WinCC-style name patterns: {@code *} matches any run of characters (also none), {@code ?} exactly
 * one character, every other character itself ignoring case; the whole name must match. There is no
 * escape, and brackets are ordinary characters. The simulator's {@code filter} parameter uses the
 * same rules. Matching takes at most pattern length times name length steps.
 */
public final class Wildcards {

	private static final int ANY_RUN = '*';
	private static final int ANY_ONE = '?';

	private Wildcards() {
	}

	/**
	 * @param pattern the pattern; null or empty matches every name
	 * @param name    the name to test
	 * @return whether the name matches the pattern
	 */
	public static boolean matches(String pattern, String name) {
		if (pattern == null || pattern.isEmpty()) {
			return true;
		}
		if (name == null) {
			return false;
		}
		int p = 0;
		int n = 0;
		int starP = -1;
		int starN = 0;
		while (n < name.length()) {
			int c = name.codePointAt(n);
			int wanted = p < pattern.length() ? pattern.codePointAt(p) : -1;
			if (wanted == ANY_RUN) {
				starP = p;
				p += 1;
				starN = n;
			} else if (wanted == ANY_ONE || wanted >= 0 && fold(wanted) == fold(c)) {
				p += Character.charCount(wanted);
				n += Character.charCount(c);
			} else if (starP >= 0) {
				p = starP + 1;
				starN += Character.charCount(name.codePointAt(starN));
				n = starN;
			} else {
				return false;
			}
		}
		while (p < pattern.length() && pattern.charAt(p) == ANY_RUN) {
			p++;
		}
		return p == pattern.length();
	}

	/** Case folding as {@link String#equalsIgnoreCase(String)} does it, per code point. */
	private static int fold(int c) {
		return Character.toLowerCase(Character.toUpperCase(c));
	}
}
