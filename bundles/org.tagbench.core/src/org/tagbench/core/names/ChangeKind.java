package org.tagbench.core.names;

/** One kind of change tag-name normalisation can make. */
public enum ChangeKind {
	/** A byte order mark (U+FEFF) was removed. */
	BOM_REMOVED,
	/** Zero-width characters (U+200B, U+200C, U+200D, U+2060) were removed. */
	ZERO_WIDTH_REMOVED,
	/** NFKC compatibility folding changed characters, e.g. a full-width dot became '.'. */
	COMPATIBILITY_FOLDED,
	/** Leading or trailing white space was removed. */
	WHITESPACE_TRIMMED
}
