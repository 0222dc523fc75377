package org.tagbench.core.internal.http;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Counts the bytes read, keeps the first ones for the journal preview, and enforces a size limit. Closing
 * it leaves the underlying stream open.
 */
final class CapturingInputStream extends FilterInputStream {

	private final int previewBytes;
	private final long limit;
	private final ByteArrayOutputStream preview = new ByteArrayOutputStream();
	private long count;

	CapturingInputStream(InputStream in, int previewBytes, long limit) {
		super(in);
		this.previewBytes = previewBytes;
		this.limit = limit;
	}

	@Override
	public int read() throws IOException {
		int b = super.read();
		if (b >= 0) {
			seen(new byte[] { (byte) b }, 0, 1);
		}
		return b;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		int n = super.read(buffer, offset, length);
		if (n > 0) {
			seen(buffer, offset, n);
		}
		return n;
	}

	private void seen(byte[] buffer, int offset, int n) throws IOException {
		int keep = Math.min(n, Math.max(0, previewBytes - preview.size()));
		preview.write(buffer, offset, keep);
		count += n;
		if (count > limit) {
			throw new AnswerTooLargeException(limit);
		}
	}

	/**
	 * Leaves the answer open: readers close their input when done, but the transport still reads the rest
	 * of the body through the limit; the response, closed by the transport, releases the connection.
	 */
	@Override
	public void close() {
		// the transport owns the underlying stream
	}

	long count() {
		return count;
	}

	String preview() {
		return preview.toString(StandardCharsets.UTF_8);
	}
}
