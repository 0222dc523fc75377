package org.tagbench.core.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

class BytesTest {

	@Test
	void equalsAsArraysEqualsDoesAndRunsPastAnEndAreNotEqual() {
		byte[] a = "2026-11-25T21:11:45.700Z|2026-11-25T21:11:45.701Z".getBytes(StandardCharsets.US_ASCII);
		for (int from = 0; from < a.length; from++) {
			for (int other = 0; other < a.length; other++) {
				for (int length = 0; length <= a.length; length++) {
					boolean inside = from + length <= a.length && other + length <= a.length;
					boolean expected = inside && Arrays.equals(a, from, from + length, a, other, other + length);
					assertEquals(expected, Bytes.equal(a, from, a, other, length), from + " " + other + " " + length);
				}
			}
		}
		assertEquals(false, Bytes.equal(a, -1, a, 0, 1));
		assertEquals(false, Bytes.equal(a, 0, a, 0, -1));
	}
}
