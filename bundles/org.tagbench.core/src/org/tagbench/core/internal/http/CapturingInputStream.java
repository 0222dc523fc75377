package org.tagbench.core.internal.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Counts the bytes read, keeps the first ones for the journal preview, and enforces a size limit. Closing
 * it leaves the underlying stream open.
 */
final class CapturingInputStream extends FilterInputStream {

	private final int previewBytes;
	private final long limit;
	private final long announced;
	/** The first bytes read, for the preview; made at the first read. */
	private byte[] preview;
	private int previewed;
	private long count;

	/**
	 * @param announced the length the answer announced (Content-Length), or -1: reading it all then takes
	 *                  one array of that length, not a growing one
	 */
	CapturingInputStream(InputStream in, int previewBytes, long limit, long announced) {
		super(in);
		this.previewBytes = previewBytes;
		this.limit = limit;
		this.announced = announced;
	}

	@Override
	public byte[] readAllBytes() throws IOException {
		if (count > 0 || announced <= 0 || announced > limit) {
			return super.readAllBytes();
		}
		byte[] all = new byte[(int) announced];
		int n = readNBytes(all, 0, all.length);
		if (n < all.length) {
			return Arrays.copyOf(all, n);
		}
		int next = read();
		if (next < 0) {
			return all;
		}
		byte[] rest = super.readAllBytes();
		byte[] longer = new byte[all.length + 1 + rest.length];
		System.arraycopy(all, 0, longer, 0, all.length);
		longer[all.length] = (byte) next;
		System.arraycopy(rest, 0, longer, all.length + 1, rest.length);
		return longer;
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
		int keep = Math.min(n, Math.max(0, previewBytes - previewed));
		if (keep > 0) {
			if (preview == null) {
				preview = new byte[previewBytes];
			}
			System.arraycopy(buffer, offset, preview, previewed, keep);
			previewed += keep;
		}
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
		return previewed == 0 ? "" : new String(preview, 0, previewed, StandardCharsets.UTF_8);
	}
}
