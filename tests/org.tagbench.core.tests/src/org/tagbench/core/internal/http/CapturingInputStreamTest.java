package org.tagbench.core.internal.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class CapturingInputStreamTest {

	private static final byte[] ANSWER = "[{\"variableName\":\"A\",\"value\":1}]".getBytes(StandardCharsets.US_ASCII);

	private static CapturingInputStream capture(long announced, long limit) {
		return new CapturingInputStream(new ByteArrayInputStream(ANSWER), 10, limit, announced);
	}

	@Test
	void everyByteIsReadWhateverLengthWasAnnounced() throws IOException {
		for (long announced : new long[] { -1, 0, ANSWER.length, ANSWER.length - 5, ANSWER.length + 5, 1 }) {
			CapturingInputStream in = capture(announced, 1_000);
			assertArrayEquals(ANSWER, in.readAllBytes(), "announced " + announced);
			assertEquals(ANSWER.length, in.count());
			assertEquals("[{\"variabl", in.preview(), "the first 10 bytes");
			assertEquals(-1, in.read());
		}
	}

	@Test
	void theLimitHoldsWhateverLengthWasAnnounced() {
		for (long announced : new long[] { -1, 10, ANSWER.length }) {
			assertThrows(AnswerTooLargeException.class, () -> capture(announced, 20).readAllBytes(), "announced " + announced);
		}
	}
}
