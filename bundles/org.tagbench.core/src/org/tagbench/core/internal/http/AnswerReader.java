package org.tagbench.core.internal.http;

import java.io.IOException;
import java.io.InputStream;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Turns the body of a successful answer into a result, streaming. Throws {@link IOException} (a Jackson
 * parse error, {@link MalformedAnswerException}) when the body is not what was expected.
 */
@FunctionalInterface
public interface AnswerReader<T> {

	/**
	 * @param body    the answer body; empty for an empty answer
	 * @param monitor checked between items for cancellation
	 */
	T read(InputStream body, IProgressMonitor monitor) throws IOException;
}
