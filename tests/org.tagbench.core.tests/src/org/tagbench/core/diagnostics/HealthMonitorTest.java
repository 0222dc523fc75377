package org.tagbench.core.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.tagbench.core.errors.ErrorCatalog;
import org.tagbench.core.errors.WinccErrorKind;
import org.tagbench.core.errors.WinccException;

class HealthMonitorTest {

	@Test
	void statesFollowTheProbes() {
		AtomicBoolean up = new AtomicBoolean(true);
		try (HealthMonitor monitor = new HealthMonitor(m -> {
			if (!up.get()) {
				throw new WinccException(ErrorCatalog.forKind(WinccErrorKind.CONNECTION_REFUSED, ""));
			}
		}, 10_000)) {
			assertEquals(HealthState.UNKNOWN, monitor.health().state());
			assertEquals(HealthState.CONNECTED, monitor.probeNow().state());
			up.set(false);
			ConnectionHealth down = monitor.probeNow();
			assertEquals(HealthState.DISCONNECTED, down.state());
			assertEquals(WinccErrorKind.CONNECTION_REFUSED, down.lastError().kind());
			up.set(true);
			ConnectionHealth degraded = monitor.probeNow();
			assertEquals(HealthState.DEGRADED, degraded.state());
			assertEquals(1.0 / 3, degraded.errorRate(), 1e-9);
			assertNotNull(degraded.lastSuccess());
			assertTrue(degraded.p50Ms() >= 0 && degraded.p95Ms() >= degraded.p50Ms());
		}
	}

	@Test
	void slowConnectionIsDegraded() {
		try (HealthMonitor monitor = new HealthMonitor(m -> sleep(30), 5)) {
			assertEquals(HealthState.DEGRADED, monitor.probeNow().state());
		}
	}

	@Test
	void periodicProbeNotifiesListeners() throws Exception {
		CountDownLatch probes = new CountDownLatch(3);
		try (HealthMonitor monitor = new HealthMonitor(m -> { }, 1_000)) {
			monitor.addListener(health -> probes.countDown());
			monitor.start(20);
			assertTrue(probes.await(5, TimeUnit.SECONDS));
		}
	}

	private static void sleep(long ms) {
		try {
			Thread.sleep(ms);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
