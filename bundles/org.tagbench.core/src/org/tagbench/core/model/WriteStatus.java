package org.tagbench.core.model;

/** The outcome of writing one value. */
public enum WriteStatus {
	/** Written, and reading back gave the value written. */
	VERIFIED,
	/** Written, but reading back gave another value. */
	MISMATCH,
	/** The server accepted the write, but reading back failed. */
	UNVERIFIED,
	/**
	 * The write was sent, but its answer was lost, late, unreadable or a server error: it may or may not
	 * have taken effect. It is never sent again by itself; the read-back, when it worked, shows the value now.
	 */
	UNKNOWN,
	/** The write failed; see the error. */
	FAILED
}
