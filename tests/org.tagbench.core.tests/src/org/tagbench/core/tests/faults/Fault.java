package org.tagbench.core.tests.faults;

import java.time.Duration;
import java.util.function.Consumer;

import org.tagbench.core.errors.ErrorCatalog;
import org.tagbench.core.errors.WinccError;
import org.tagbench.core.errors.WinccErrorKind;
import org.tagbench.core.model.WriteStatus;
import org.tagbench.simulator.Simulator;

/**
 * Every fault the simulator injects, how to inject and clear it, and what the core client must make of
 * it: the error of a read (null when the read succeeds with missing items), whether a read is retried,
 * and the outcome of a write. Certificate rotation needs a trust decision and has its own test.
 */
enum Fault {

	LATENCY(s -> s.faults().latency(Duration.ofMillis(2_500)), kind(WinccErrorKind.RESPONSE_TIMEOUT), true,
			WriteStatus.UNKNOWN),
	HTTP_401(s -> s.faults().status(401, 1), status(401), false, WriteStatus.FAILED),
	HTTP_403(s -> s.faults().status(403, 1), status(403), false, WriteStatus.FAILED),
	HTTP_404(s -> s.faults().status(404, 1), status(404), false, WriteStatus.FAILED),
	HTTP_405(s -> s.faults().status(405, 1), status(405), false, WriteStatus.FAILED),
	HTTP_423(s -> s.faults().status(423, 1), status(423), true, WriteStatus.FAILED),
	HTTP_500(s -> s.faults().status(500, 1), status(500), true, WriteStatus.UNKNOWN),
	HTTP_503(s -> s.faults().status(503, 1), status(503), true, WriteStatus.FAILED),
	RESET_MID_BODY(s -> s.faults().resetMidBody(1), kind(WinccErrorKind.CONNECTION_LOST), true, WriteStatus.UNKNOWN),
	TRUNCATED_JSON(s -> s.faults().truncate(1), kind(WinccErrorKind.MALFORMED_ANSWER), true, WriteStatus.UNKNOWN),
	MALFORMED_JSON(s -> s.faults().malformed(1), kind(WinccErrorKind.MALFORMED_ANSWER), true, WriteStatus.UNKNOWN),
	EMPTY_200(s -> s.faults().empty200(1), null, false, WriteStatus.UNVERIFIED),
	FEWER_ROWS(s -> s.faults().fewerRows(1), null, false, WriteStatus.UNVERIFIED),
	ANSWER_50_MB(s -> s.faults().oversized(50_000_000, 1), kind(WinccErrorKind.ANSWER_TOO_LARGE), false,
			WriteStatus.UNKNOWN) {
		/** The simulator, in the same JVM, needs a moment to make 50 MB; the client refuses on the headers. */
		@Override
		int responseTimeoutMs() {
			return 5_000;
		}
	},
	SLOW_DRIP(s -> s.faults().slowDrip(1, Duration.ofMillis(200)), kind(WinccErrorKind.RESPONSE_TIMEOUT), true,
			WriteStatus.UNKNOWN),
	RUNTIME_STOPPED(Simulator::stopRuntime, status(503), true, WriteStatus.FAILED);

	/** The client's response timeout in the fault tests: short, so latency and slow drip fail fast. */
	static final int RESPONSE_TIMEOUT_MS = 1_000;
	/** Retries of reads in the fault tests: a retried read is sent twice. */
	static final int RETRIES = 1;

	private final Consumer<Simulator> inject;
	private final WinccError read;
	private final boolean retried;
	private final WriteStatus write;

	Fault(Consumer<Simulator> inject, WinccError read, boolean retried, WriteStatus write) {
		this.inject = inject;
		this.read = read;
		this.retried = retried;
		this.write = write;
	}

	/** @return the client's response timeout for this fault: short, so latency and slow drip fail fast */
	int responseTimeoutMs() {
		return RESPONSE_TIMEOUT_MS;
	}

	void inject(Simulator simulator) {
		inject.accept(simulator);
	}

	/** Takes the fault away: clears the injected faults and starts a stopped runtime. */
	static void clear(Simulator simulator) {
		simulator.faults().clear();
		simulator.startRuntime();
	}

	/** @return the catalog error a read must fail with, or null when the read answers with missing items */
	WinccError readError() {
		return read;
	}

	/** @return how many times a read is sent: twice when the failure is transient, else once */
	int readAttempts() {
		return retried ? RETRIES + 1 : 1;
	}

	WriteStatus writeStatus() {
		return write;
	}

	private static WinccError kind(WinccErrorKind kind) {
		return ErrorCatalog.forKind(kind, "");
	}

	private static WinccError status(int status) {
		return ErrorCatalog.forStatus(status, "");
	}
}
