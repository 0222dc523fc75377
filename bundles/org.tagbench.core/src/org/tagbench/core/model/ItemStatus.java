package org.tagbench.core.model;

/** How one item of an answer came back. */
public enum ItemStatus {
	/** The server returned the item without error. */
	OK,
	/** The server returned the item with an error of its own. */
	ITEM_ERROR,
	/** The server did not return the item at all (empty or shorter answer). */
	NO_DATA,
	/** The request carrying the item failed as a whole. */
	FAILED
}
