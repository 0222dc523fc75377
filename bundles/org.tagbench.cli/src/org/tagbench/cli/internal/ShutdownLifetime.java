package org.tagbench.cli.internal;

import java.util.concurrent.CountDownLatch;

/** Runs until the process is asked to end (Ctrl+C, a signal); stops the command in the shutdown hook. */
final class ShutdownLifetime implements Lifetime {

	@Override
	public void runUntilStopped(Runnable stop) throws InterruptedException {
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			try {
				stop.run();
			} finally {
				stopped.countDown();
			}
		}, "tagbench-shutdown"));
		stopped.await();
	}
}
