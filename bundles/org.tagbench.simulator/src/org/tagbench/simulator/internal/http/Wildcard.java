package org.tagbench.simulator.internal.http;

/**
 * A WinCC-style name pattern: {@code *} matches any run of characters (also none), {@code ?} exactly
 * one character, every other character itself ignoring case. There is no escape; brackets are
 * ordinary characters. Compiled once per request; matching is linear in practice and never worse
 * than pattern length times name length (no backtracking regular expression).
 */
final class Wildcard {

    private static final int ANY_RUN = '*';
    private static final int ANY_ONE = '?';

    private final int[] pattern;

    private Wildcard(int[] pattern) {
        this.pattern = pattern;
    }

    static Wildcard compile(String pattern) {
        return new Wildcard(pattern.codePoints().map(Wildcard::fold).toArray());
    }

    boolean matches(String name) {
        int p = 0;
        int n = 0;
        int starP = -1;
        int starN = 0;
        while (n < name.length()) {
            int c = name.codePointAt(n);
            if (p < pattern.length && pattern[p] == ANY_RUN) {
                starP = p++;
                starN = n;
            } else if (p < pattern.length && (pattern[p] == ANY_ONE || pattern[p] == fold(c))) {
                p++;
                n += Character.charCount(c);
            } else if (starP >= 0) {
                p = starP + 1;
                starN += Character.charCount(name.codePointAt(starN));
                n = starN;
            } else {
                return false;
            }
        }
        while (p < pattern.length && pattern[p] == ANY_RUN) {
            p++;
        }
        return p == pattern.length;
    }

    /** Case folding as {@link String#equalsIgnoreCase(String)} does it, per code point. */
    private static int fold(int c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }
}
