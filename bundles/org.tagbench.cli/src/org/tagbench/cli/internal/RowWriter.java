package org.tagbench.cli.internal;

import java.util.List;

/**
 * Prints rows as they come, so that large results stream. Cells are plain Java values: null, Boolean,
 * numbers, strings, instants, lists and maps. Nothing is printed before the first row or {@link #end()}:
 * a command that fails before it has a result prints no result at all, and one that fails midway
 * leaves its output visibly unfinished (no closing bracket).
 */
interface RowWriter {

	/** Prints one row; the cells match the columns in number and order. */
	void row(List<?> cells);

	/** Prints what is held back and the end of the output (e.g. the closing bracket of JSON). */
	void end();
}
