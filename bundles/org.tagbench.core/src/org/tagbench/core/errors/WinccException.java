package org.tagbench.core.errors;

/** A failed WinCC operation; {@link #error()} says what it means and what to do. */
public class WinccException extends Exception {

	private static final long serialVersionUID = 1L;

	private final transient WinccError error;

	public WinccException(WinccError error) {
		this(error, null);
	}

	public WinccException(WinccError error, Throwable cause) {
		super(error.describe(), cause);
		this.error = error;
	}

	/** @return the typed error */
	public WinccError error() {
		return error;
	}

	/** @return the kind of the error, for quick checks */
	public WinccErrorKind kind() {
		return error.kind();
	}
}
