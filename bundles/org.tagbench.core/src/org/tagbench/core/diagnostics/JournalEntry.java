package org.tagbench.core.diagnostics;

import java.time.Instant;
import java.util.Map;

import org.tagbench.core.errors.WinccError;

/**
 * One request as the diagnostics journal recorded it. Holds no credential: the Authorization header is
 * never recorded, only whether one was sent.
 *
 * @param time            when the request started
 * @param profileId       the profile's id
 * @param profileName     the profile's name
 * @param method          the HTTP method
 * @param url             the full request URL
 * @param requestHeaders  the request headers sent, without Authorization
 * @param authenticated   whether an Authorization header was sent
 * @param status          the HTTP status, or 0 when no answer arrived
 * @param latencyMs       milliseconds from sending to the end of the answer or the failure
 * @param bytesOut        request body bytes
 * @param bytesIn         answer body bytes read
 * @param error           the error, or null for a successful request
 * @param requestPreview  the start of the request body, capped
 * @param responsePreview the start of the answer body, capped
 */
public record JournalEntry(Instant time, String profileId, String profileName, String method, String url,
		Map<String, String> requestHeaders, boolean authenticated, int status, long latencyMs, long bytesOut,
		long bytesIn, WinccError error, String requestPreview, String responsePreview) {

	public JournalEntry {
		requestHeaders = Map.copyOf(requestHeaders);
		requestPreview = requestPreview == null ? "" : requestPreview;
		responsePreview = responsePreview == null ? "" : responsePreview;
	}

	/** @return whether the request failed */
	public boolean failed() {
		return error != null;
	}
}
