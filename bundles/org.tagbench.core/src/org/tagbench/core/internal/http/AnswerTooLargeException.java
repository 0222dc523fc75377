package org.tagbench.core.internal.http;

import java.io.IOException;

/** The answer exceeded the limit of the connection settings. */
final class AnswerTooLargeException extends IOException {

	private static final long serialVersionUID = 1L;

	AnswerTooLargeException(long limit) {
		super("answer larger than " + limit + " bytes");
	}

	/** The answer announced its length, which is over the limit: refused before reading it. */
	AnswerTooLargeException(long limit, long announced) {
		super("answer of " + announced + " bytes, larger than " + limit + " bytes");
	}
}
