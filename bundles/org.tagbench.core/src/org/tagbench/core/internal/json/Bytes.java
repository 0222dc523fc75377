package org.tagbench.core.internal.json;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/** Compares short runs of bytes eight at a time: names and time stamps, tens of bytes each. */
final class Bytes {

	private static final VarHandle LONG_AT = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

	private Bytes() {
	}

	/**
	 * @return whether {@code length} bytes of {@code a} from {@code aFrom} equal those of {@code b} from
	 *         {@code bFrom}; false when either run goes past its array
	 */
	static boolean equal(byte[] a, int aFrom, byte[] b, int bFrom, int length) {
		if (aFrom < 0 || bFrom < 0 || length < 0 || aFrom > a.length - length || bFrom > b.length - length) {
			return false;
		}
		int i = 0;
		for (; i <= length - 8; i += 8) {
			if ((long) LONG_AT.get(a, aFrom + i) != (long) LONG_AT.get(b, bFrom + i)) {
				return false;
			}
		}
		for (; i < length; i++) {
			if (a[aFrom + i] != b[bFrom + i]) {
				return false;
			}
		}
		return true;
	}
}
