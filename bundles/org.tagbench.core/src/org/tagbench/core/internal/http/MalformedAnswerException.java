package org.tagbench.core.internal.http;

import java.io.IOException;

/** The answer parsed as JSON but does not have the expected shape. */
public final class MalformedAnswerException extends IOException {

	private static final long serialVersionUID = 1L;

	public MalformedAnswerException(String message) {
		super(message);
	}

	public MalformedAnswerException(String message, Throwable cause) {
		super(message, cause);
	}
}
