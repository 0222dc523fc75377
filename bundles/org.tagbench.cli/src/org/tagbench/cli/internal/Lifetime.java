package org.tagbench.cli.internal;

/** How long a long-running command (the simulator) runs: until the process is stopped, or a test says so. */
@FunctionalInterface
interface Lifetime {

	/**
	 * Blocks while the command runs and calls {@code stop} at the end.
	 *
	 * @throws InterruptedException when the waiting thread is interrupted
	 */
	void runUntilStopped(Runnable stop) throws InterruptedException;
}
