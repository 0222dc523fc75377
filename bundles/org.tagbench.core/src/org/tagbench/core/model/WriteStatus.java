package org.tagbench.core.model;

/** The outcome of writing one value. */
public enum WriteStatus {
	/** Written, and reading back gave the value written. */
	VERIFIED,
	/** Written, but reading back gave another value. */
	MISMATCH,
	/** The server accepted the write, but reading back failed. */
	UNVERIFIED,
	/** The write failed; see the error. */
	FAILED
}
