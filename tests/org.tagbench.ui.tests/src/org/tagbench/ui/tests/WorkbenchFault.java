package org.tagbench.ui.tests;

import java.time.Duration;
import java.util.function.Consumer;

import org.tagbench.core.errors.ErrorCatalog;
import org.tagbench.core.errors.WinccError;
import org.tagbench.core.errors.WinccErrorKind;
import org.tagbench.simulator.Simulator;
import org.tagbench.ui.internal.Messages;

/**
 * The faults the simulator injects, as the workbench meets them: the error a fetch or a read shows (null
 * when the answer arrives with items missing) and the title of the dialog that reports a write.
 */
enum WorkbenchFault {

	LATENCY(s -> s.faults().latency(Duration.ofMillis(2_500)), kind(WinccErrorKind.RESPONSE_TIMEOUT), Messages.TagWriter_unknownTitle),
	HTTP_401(s -> s.faults().status(401, 1), status(401), Messages.TagWriter_failedTitle),
	HTTP_403(s -> s.faults().status(403, 1), status(403), Messages.TagWriter_failedTitle),
	HTTP_404(s -> s.faults().status(404, 1), status(404), Messages.TagWriter_failedTitle),
	HTTP_405(s -> s.faults().status(405, 1), status(405), Messages.TagWriter_failedTitle),
	HTTP_423(s -> s.faults().status(423, 1), status(423), Messages.TagWriter_failedTitle),
	HTTP_500(s -> s.faults().status(500, 1), status(500), Messages.TagWriter_unknownTitle),
	HTTP_503(s -> s.faults().status(503, 1), status(503), Messages.TagWriter_failedTitle),
	RESET_MID_BODY(s -> s.faults().resetMidBody(1), kind(WinccErrorKind.CONNECTION_LOST), Messages.TagWriter_unknownTitle),
	TRUNCATED_JSON(s -> s.faults().truncate(1), kind(WinccErrorKind.MALFORMED_ANSWER), Messages.TagWriter_unknownTitle),
	MALFORMED_JSON(s -> s.faults().malformed(1), kind(WinccErrorKind.MALFORMED_ANSWER), Messages.TagWriter_unknownTitle),
	EMPTY_200(s -> s.faults().empty200(1), null, Messages.TagWriter_unverifiedTitle),
	FEWER_ROWS(s -> s.faults().fewerRows(1), null, Messages.TagWriter_unverifiedTitle),
	ANSWER_50_MB(s -> s.faults().oversized(50_000_000, 1), kind(WinccErrorKind.ANSWER_TOO_LARGE), Messages.TagWriter_unknownTitle),
	SLOW_DRIP(s -> s.faults().slowDrip(1, Duration.ofMillis(200)), kind(WinccErrorKind.RESPONSE_TIMEOUT), Messages.TagWriter_unknownTitle),
	RUNTIME_STOPPED(Simulator::stopRuntime, status(503), Messages.TagWriter_failedTitle);

	/** Short, so that latency and slow drip fail fast; long enough for a loaded machine's handshakes. */
	static final int RESPONSE_TIMEOUT_MS = 1_000;

	private final Consumer<Simulator> inject;
	private final WinccError error;
	private final String writeDialog;

	WorkbenchFault(Consumer<Simulator> inject, WinccError error, String writeDialog) {
		this.inject = inject;
		this.error = error;
		this.writeDialog = writeDialog;
	}

	void inject(Simulator simulator) {
		inject.accept(simulator);
	}

	static void clear(Simulator simulator) {
		simulator.faults().clear();
		simulator.startRuntime();
	}

	/** @return the error a fetch and a read fail with, or null when they answer with items missing */
	WinccError error() {
		return error;
	}

	/** @return the title of the dialog that reports the write made during the fault */
	String writeDialog() {
		return writeDialog;
	}

	/** @return the response timeout of the profile: the simulator needs a moment to make 50 MB */
	int responseTimeoutMs() {
		return this == ANSWER_50_MB ? 5_000 : RESPONSE_TIMEOUT_MS;
	}

	private static WinccError kind(WinccErrorKind kind) {
		return ErrorCatalog.forKind(kind, "");
	}

	private static WinccError status(int status) {
		return ErrorCatalog.forStatus(status, "");
	}
}
