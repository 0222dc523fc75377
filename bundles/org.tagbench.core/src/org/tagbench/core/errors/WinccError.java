package org.tagbench.core.errors;

import java.util.Objects;

/**
 * One failure, described for a person: its kind (and HTTP status for {@link WinccErrorKind#HTTP_STATUS}),
 * what it means, what to do about it, and a technical detail. Never holds a credential.
 *
 * @param kind     the kind of failure
 * @param status   the HTTP status, or 0 when the failure is not an HTTP status
 * @param meaning  what happened, in the user's terms
 * @param solution what to do next
 * @param detail   the technical detail (exception text, server error text), may be empty
 */
public record WinccError(WinccErrorKind kind, int status, String meaning, String solution, String detail) {

	public WinccError {
		Objects.requireNonNull(kind, "kind");
		meaning = meaning == null ? "" : meaning;
		solution = solution == null ? "" : solution;
		detail = detail == null ? "" : detail;
	}

	/** @return a short label: the HTTP status ("HTTP 404") or the kind's name */
	public String label() {
		return kind == WinccErrorKind.HTTP_STATUS ? "HTTP " + status : kind.name();
	}

	/** @return a copy with another technical detail */
	public WinccError withDetail(String newDetail) {
		return new WinccError(kind, status, meaning, solution, newDetail);
	}

	/** @return "label: meaning solution (detail)" on one line */
	public String describe() {
		StringBuilder text = new StringBuilder(label()).append(": ").append(meaning);
		if (!solution.isEmpty()) {
			text.append(' ').append(solution);
		}
		if (!detail.isEmpty()) {
			text.append(" (").append(detail).append(')');
		}
		return text.toString();
	}
}
