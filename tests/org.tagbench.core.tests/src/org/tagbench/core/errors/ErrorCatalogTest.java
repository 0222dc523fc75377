package org.tagbench.core.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ErrorCatalogTest {

	@Test
	void seedTableTextsForTheFiveDocumentedStatuses() {
		assertEntry(401, "Authentication failed.", "Check username/password. User must have WinCC remote roles.");
		assertEntry(403, "Authenticated but not authorized.", "Assign \"WinCC Remote Read\" permission.");
		assertEntry(404, "Tag or endpoint doesn't exist.",
				"Verify tag name spelling (case-sensitive). Check if tag is released for Web access.");
		assertEntry(500, "WinCC runtime issue.", "Check WinCC event log. Runtime might be busy.");
		assertEntry(503, "REST API service not started.",
				"Ensure \"Enable REST API\" is checked and runtime is running.");
	}

	@Test
	void ownEntriesForTheOtherStatuses() {
		for (int status : new int[] { 400, 402, 405, 423, 418, 502 }) {
			WinccError error = ErrorCatalog.forStatus(status, "detail");
			assertEquals(WinccErrorKind.HTTP_STATUS, error.kind());
			assertEquals(status, error.status());
			assertFalse(error.meaning().isBlank(), "meaning for " + status);
			assertFalse(error.solution().isBlank(), "solution for " + status);
			assertFalse(error.meaning().startsWith("!"), "externalised text for " + status);
		}
		assertTrue(ErrorCatalog.forStatus(418, "").meaning().contains("418"));
	}

	@Test
	void everyKindHasMeaningAndSolution() {
		for (WinccErrorKind kind : WinccErrorKind.values()) {
			if (kind == WinccErrorKind.HTTP_STATUS) {
				assertThrows(IllegalArgumentException.class, () -> ErrorCatalog.forKind(kind, ""));
				continue;
			}
			WinccError error = ErrorCatalog.forKind(kind, "x");
			assertEquals(0, error.status());
			assertFalse(error.meaning().isBlank(), kind.name());
			assertFalse(error.solution().isBlank(), kind.name());
			assertFalse(error.meaning().startsWith("NLS missing"), kind.name());
		}
	}

	@Test
	void transientFailuresAreTheRetryableOnes() {
		assertTrue(ErrorCatalog.isTransient(ErrorCatalog.forStatus(503, "")));
		assertTrue(ErrorCatalog.isTransient(ErrorCatalog.forStatus(423, "")));
		assertTrue(ErrorCatalog.isTransient(ErrorCatalog.forKind(WinccErrorKind.RESPONSE_TIMEOUT, "")));
		assertTrue(ErrorCatalog.isTransient(ErrorCatalog.forKind(WinccErrorKind.CONNECTION_LOST, "")));
		assertFalse(ErrorCatalog.isTransient(ErrorCatalog.forStatus(401, "")));
		assertFalse(ErrorCatalog.isTransient(ErrorCatalog.forStatus(404, "")));
		assertFalse(ErrorCatalog.isTransient(ErrorCatalog.forKind(WinccErrorKind.TLS_UNTRUSTED, "")));
		assertFalse(ErrorCatalog.isTransient(ErrorCatalog.forKind(WinccErrorKind.CONNECTION_REFUSED, "")));
	}

	@Test
	void exceptionMessageDescribesTheError() {
		WinccException e = new WinccException(ErrorCatalog.forStatus(401, "from server"));
		assertTrue(e.getMessage().startsWith("HTTP 401: Authentication failed."));
		assertTrue(e.getMessage().contains("from server"));
		assertEquals(WinccErrorKind.HTTP_STATUS, e.kind());
	}

	private static void assertEntry(int status, String meaning, String solution) {
		WinccError error = ErrorCatalog.forStatus(status, "");
		assertEquals(meaning, error.meaning());
		assertEquals(solution, error.solution());
	}
}
