package org.tagbench.tests.support;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Waits for a condition off the UI thread, polling with a short back-off and failing with a
 * message that says what did not happen.
 */
public final class Wait {

	/** The default time a test waits for something that should happen promptly. */
	public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);

	private Wait() {
	}

	/**
	 * Waits until {@code condition} holds.
	 *
	 * @throws AssertionError when it does not hold within {@code timeout}
	 */
	public static void until(String what, Duration timeout, BooleanSupplier condition) {
		long deadline = System.nanoTime() + timeout.toNanos();
		long pauseMillis = 1;
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Timed out after " + timeout.toMillis() + " ms waiting for: " + what); //$NON-NLS-1$ //$NON-NLS-2$
			}
			pause(pauseMillis);
			pauseMillis = Math.min(50, pauseMillis * 2);
		}
	}

	/** Waits until {@code condition} holds, for at most {@link #DEFAULT_TIMEOUT}. */
	public static void until(String what, BooleanSupplier condition) {
		until(what, DEFAULT_TIMEOUT, condition);
	}

	private static void pause(long millis) {
		try {
			Thread.sleep(millis);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError("Interrupted while waiting", e); //$NON-NLS-1$
		}
	}
}
