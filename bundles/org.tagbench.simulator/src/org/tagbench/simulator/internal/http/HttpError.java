package org.tagbench.simulator.internal.http;

import java.util.Map;

/**
 * Ends a request with an HTTP error status and a JSON error body.
 */
public final class HttpError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final transient Map<String, String> headers;

    public HttpError(int status, String message) {
        this(status, message, Map.of());
    }

    public HttpError(int status, String message, Map<String, String> headers) {
        super(message, null, false, false);
        this.status = status;
        this.headers = headers;
    }

    public int status() {
        return status;
    }

    public Reply reply() {
        return Reply.error(status, getMessage()).withHeaders(headers);
    }
}
