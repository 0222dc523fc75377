package org.tagbench.core.profiles;

import java.nio.file.Path;

/**
 * A profile file cannot be used. The file is left exactly as it is; the message says where it is broken
 * and what to do.
 */
public class ProfileFileException extends Exception {

	private static final long serialVersionUID = 1L;

	/** Why the file cannot be used. */
	public enum Reason {
		/** Not valid JSON, or not the expected structure. */
		CORRUPT,
		/** Written by a newer Tagbench with a format version this one does not know. */
		UNSUPPORTED_VERSION,
		/** Reading or writing failed. */
		IO
	}

	private final transient Path file;
	private final Reason reason;
	private final int line;
	private final int column;

	public ProfileFileException(Path file, Reason reason, int line, int column, String message, Throwable cause) {
		super(message, cause);
		this.file = file;
		this.reason = reason;
		this.line = line;
		this.column = column;
	}

	public Path file() {
		return file;
	}

	public Reason reason() {
		return reason;
	}

	/** @return the 1-based line where the file is broken, or 0 when unknown */
	public int line() {
		return line;
	}

	/** @return the 1-based column where the file is broken, or 0 when unknown */
	public int column() {
		return column;
	}
}
