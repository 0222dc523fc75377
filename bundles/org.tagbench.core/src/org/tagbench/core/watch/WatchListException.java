package org.tagbench.core.watch;

import java.nio.file.Path;

/** A watch list file that cannot be read or written; the message says what to do. */
public final class WatchListException extends Exception {

	private static final long serialVersionUID = 1L;

	private final transient Path file;

	public WatchListException(Path file, String message, Throwable cause) {
		super(message, cause);
		this.file = file;
	}

	/** @return the file concerned */
	public Path file() {
		return file;
	}
}
