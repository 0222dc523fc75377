package org.tagbench.cli.internal;

/** A password and where it came from. Never printed: {@link #toString()} names only the source. */
final class Password {

	private final String value;
	private final String source;

	Password(String value, String source) {
		this.value = value;
		this.source = source;
	}

	String value() {
		return value;
	}

	/** @return where the password came from, for messages, e.g. "the environment variable TAGBENCH_PASSWORD" */
	String source() {
		return source;
	}

	@Override
	public String toString() {
		return source;
	}
}
