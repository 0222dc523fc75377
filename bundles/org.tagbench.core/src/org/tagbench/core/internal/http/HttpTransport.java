package org.tagbench.core.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;

import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.client5.http.ssl.HostnameVerificationPolicy;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.osgi.util.NLS;
import org.tagbench.core.client.ConnectionSettings;
import org.tagbench.core.diagnostics.JournalEntry;
import org.tagbench.core.errors.ErrorCatalog;
import org.tagbench.core.errors.WinccError;
import org.tagbench.core.errors.WinccErrorKind;
import org.tagbench.core.errors.WinccException;
import org.tagbench.core.internal.Messages;
import org.tagbench.core.profiles.ConnectionProfile;
import org.tagbench.core.profiles.ProfileValidator;

/**
 * Sends requests to one WinCC REST service over a pooled, keep-alive HttpClient: Basic authentication on
 * every request, TLS per profile, connect and response timeouts, cancellation, retries of reads with
 * back-off, and one journal entry per attempt.
 */
public final class HttpTransport implements AutoCloseable {

	private static final long STALE_CHECK_MS = 2_000;
	private static final long BACKOFF_START_MS = 200;
	private static final long BACKOFF_MAX_MS = 5_000;

	private final ConnectionSettings settings;
	private final ConnectionProfile profile;
	private final URI base;
	private final String authorization;
	private final PoolingHttpClientConnectionManager pool;
	private static final Map<String, String> ACCEPT = Map.of("Accept", "application/json");
	private static final Map<String, String> ACCEPT_AND_TYPE = Map.of("Accept", "application/json",
			"Content-Type", "application/json; charset=UTF-8");

	private final CloseableHttpClient client;
	private final RequestWatchdog watchdog = new RequestWatchdog();
	private volatile URI lastUri;

	public HttpTransport(ConnectionSettings settings) throws WinccException {
		this.settings = settings;
		this.profile = settings.profile();
		var problems = ProfileValidator.problems(profile);
		if (!problems.isEmpty()) {
			watchdog.close();
			throw new WinccException(ErrorCatalog.forKind(WinccErrorKind.CONFIGURATION, String.join(" ", problems)));
		}
		this.base = profile.baseUri();
		this.authorization = "Basic " + Base64.getEncoder()
				.encodeToString((profile.user() + ":" + settings.password()).getBytes(StandardCharsets.UTF_8));
		PoolingHttpClientConnectionManagerBuilder poolBuilder = PoolingHttpClientConnectionManagerBuilder.create()
				.setMaxConnPerRoute(Math.max(2, profile.maxInFlight() + 1))
				.setMaxConnTotal(Math.max(2, profile.maxInFlight() + 1))
				.setDefaultConnectionConfig(ConnectionConfig.custom()
						.setConnectTimeout(Timeout.ofMilliseconds(profile.connectTimeoutMs()))
						.setSocketTimeout(Timeout.ofMilliseconds(profile.responseTimeoutMs()))
						.setValidateAfterInactivity(TimeValue.ofMilliseconds(STALE_CHECK_MS))
						.build());
		if (!profile.isPlainHttp()) {
			TrustState trust = new TrustState();
			SSLContext context;
			try {
				context = TlsContexts.create(profile, settings.caBaseDir(), settings.trustHandler(), trust);
			} catch (WinccException e) {
				watchdog.close();
				throw e;
			}
			poolBuilder.setTlsSocketStrategy(new DefaultClientTlsStrategy(context, HostnameVerificationPolicy.CLIENT,
					new AcceptedCertificateHostnameVerifier(trust)));
		}
		this.pool = poolBuilder.build();
		this.client = HttpClients.custom()
				.setConnectionManager(pool)
				.setDefaultRequestConfig(RequestConfig.custom()
						.setResponseTimeout(Timeout.ofMilliseconds(profile.responseTimeoutMs()))
						.setConnectionRequestTimeout(Timeout.ofMilliseconds(profile.responseTimeoutMs()))
						.build())
				.disableAutomaticRetries()
				.disableRedirectHandling()
				.disableCookieManagement()
				.build();
	}

	/** @return the profile this transport serves */
	public ConnectionProfile profile() {
		return profile;
	}

	/**
	 * Sends the request, retrying reads on transient failures with exponential back-off.
	 *
	 * @throws WinccException            when the request failed (after retries for reads)
	 * @throws OperationCanceledException when the monitor was cancelled
	 */
	public <T> T execute(RequestSpec spec, AnswerReader<T> reader, IProgressMonitor monitor) throws WinccException {
		int attempts = spec.read() ? profile.retries() + 1 : 1;
		long backoff = BACKOFF_START_MS;
		for (int attempt = 1;; attempt++) {
			try {
				return executeOnce(spec, reader, monitor);
			} catch (WinccException e) {
				if (attempt >= attempts || !ErrorCatalog.isTransient(e.error())) {
					throw e;
				}
				pause(backoff, monitor);
				backoff = Math.min(BACKOFF_MAX_MS, backoff * 2);
			}
		}
	}

	private <T> T executeOnce(RequestSpec spec, AnswerReader<T> reader, IProgressMonitor monitor)
			throws WinccException {
		if (monitor.isCanceled()) {
			throw new OperationCanceledException();
		}
		URI uri = uri(base + spec.path() + spec.queryString());
		HttpUriRequestBase request = new HttpUriRequestBase(spec.method(), uri);
		Map<String, String> headers = headers(spec);
		headers.forEach(request::setHeader);
		request.setHeader("Authorization", authorization);
		if (spec.body() != null) {
			request.setEntity(new ByteArrayEntity(spec.body(), ContentType.APPLICATION_JSON));
		}
		Exchange exchange = new Exchange(spec, uri, headers);
		try (RequestWatchdog.Watch watch = watchdog.watch(request, monitor, profile.responseTimeoutMs())) {
			try {
				T result = send(request, reader, monitor, exchange);
				record(exchange, null);
				return result;
			} catch (OperationCanceledException e) {
				record(exchange, ErrorCatalog.forKind(WinccErrorKind.CANCELLED, ""));
				throw e;
			} catch (RuntimeException e) {
				WinccError error = ErrorCatalog.forKind(WinccErrorKind.MALFORMED_ANSWER, e.toString());
				record(exchange, error);
				throw new WinccException(error, e);
			} catch (IOException e) {
				WinccError error = FailureClassifier.classify(e, watch.reason());
				record(exchange, error);
				if (error.kind() == WinccErrorKind.CANCELLED) {
					throw new OperationCanceledException();
				}
				throw new WinccException(error, e);
			} catch (WinccException e) {
				record(exchange, e.error());
				throw e;
			}
		}
	}

	/**
	 * Sends the request and reads the answer. When the answer is not read to its end (refused as too large,
	 * unreadable, broken), the connection is aborted rather than drained: closing an unread answer would
	 * otherwise read the rest of it, however large or slow, before giving the connection back.
	 */
	private <T> T send(HttpUriRequestBase request, AnswerReader<T> reader, IProgressMonitor monitor,
			Exchange exchange) throws IOException, WinccException {
		boolean readToEnd = false;
		ClassicHttpResponse response = client.executeOpen(null, request, null);
		try {
			exchange.status = response.getCode();
			HttpEntity entity = response.getEntity();
			InputStream raw = entity == null ? InputStream.nullInputStream() : entity.getContent();
			CapturingInputStream body = new CapturingInputStream(raw, settings.previewLimit(), settings.maxAnswerBytes(),
					entity == null ? -1 : entity.getContentLength());
			exchange.answer = body;
			if (exchange.status >= 300 && exchange.status < 400) {
				body.readNBytes(settings.previewLimit());
				Header location = response.getFirstHeader("Location");
				throw new WinccException(ErrorCatalog.forStatus(exchange.status, NLS.bind(Messages.HttpTransport_redirect,
						location == null ? "?" : location.getValue())));
			}
			if (exchange.status >= 400) {
				body.readNBytes(settings.previewLimit());
				try {
					drain(body);
					readToEnd = true;
				} catch (AnswerTooLargeException e) {
					// the status says what went wrong; an oversized error text only costs the connection
				}
				throw new WinccException(ErrorCatalog.forStatus(exchange.status, ErrorTexts.extract(body.preview())));
			}
			if (entity != null && entity.getContentLength() > settings.maxAnswerBytes()) {
				throw new AnswerTooLargeException(settings.maxAnswerBytes(), entity.getContentLength());
			}
			T result = read(reader, body, monitor);
			drain(body);
			readToEnd = true;
			return result;
		} finally {
			if (readToEnd) {
				response.close();
			} else {
				request.cancel();
				closeAborted(response);
			}
		}
	}

	private static void closeAborted(ClassicHttpResponse response) {
		try {
			response.close();
		} catch (IOException e) {
			// the connection was aborted on purpose; the failure that made us abort is what counts
		}
	}

	/**
	 * Reads what the reader left of the body through the size limit, so that the connection can be reused
	 * and padding after the JSON counts against the limit too. A reader mostly leaves nothing: one read
	 * tells, without a buffer.
	 */
	private static void drain(InputStream body) throws IOException {
		if (body.read() < 0) {
			return;
		}
		byte[] buffer = new byte[8_192];
		while (body.read(buffer) >= 0) {
			// counted and limited by the capturing stream
		}
	}

	/**
	 * Reads the answer. A reader fails with an {@link IOException}; should one still throw a runtime
	 * exception on some answer, that answer is malformed too and becomes a typed error, not a crash.
	 */
	private static <T> T read(AnswerReader<T> reader, InputStream body, IProgressMonitor monitor) throws IOException {
		try {
			return reader.read(body, monitor);
		} catch (OperationCanceledException e) {
			throw e;
		} catch (RuntimeException e) {
			throw new MalformedAnswerException("the answer could not be read: " + e, e);
		}
	}

	/** @return the URI of the text, parsed again only when it differs from the last one: bulk reads repeat theirs */
	private URI uri(String text) {
		URI last = lastUri;
		if (last == null || !last.toString().equals(text)) {
			last = URI.create(text);
			lastUri = last;
		}
		return last;
	}

	/** @return the headers of a request besides Authorization; the same map for most requests */
	private static Map<String, String> headers(RequestSpec spec) {
		if (spec.language() == null) {
			return spec.body() == null ? ACCEPT : ACCEPT_AND_TYPE;
		}
		Map<String, String> headers = new LinkedHashMap<>(spec.body() == null ? ACCEPT : ACCEPT_AND_TYPE);
		headers.put("Accept-Language", spec.language().toLanguageTag());
		return headers;
	}

	private void record(Exchange exchange, WinccError error) {
		long latency = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - exchange.startNanos);
		CapturingInputStream answer = exchange.answer;
		settings.journal().record(new JournalEntry(exchange.time, profile.id(), profile.name(),
				exchange.spec.method(), exchange.uri.toString(), exchange.headers, true, exchange.status, latency,
				exchange.spec.body() == null ? 0 : exchange.spec.body().length,
				answer == null ? 0 : answer.count(), error, exchange.requestPreview(settings.previewLimit()),
				answer == null ? "" : answer.preview()));
	}

	private static void pause(long millis, IProgressMonitor monitor) {
		long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
		while (System.nanoTime() - end < 0) {
			if (monitor.isCanceled()) {
				throw new OperationCanceledException();
			}
			try {
				Thread.sleep(Math.min(50, Math.max(1, TimeUnit.NANOSECONDS.toMillis(end - System.nanoTime()))));
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new OperationCanceledException();
			}
		}
	}

	@Override
	public void close() {
		watchdog.close();
		pool.close();
		try {
			client.close();
		} catch (IOException e) {
			// closing a pooled client only releases sockets; nothing to report
		}
	}

	/** What is known about one request while it runs. */
	private static final class Exchange {
		final Instant time = Instant.now();
		final long startNanos = System.nanoTime();
		final RequestSpec spec;
		final URI uri;
		final Map<String, String> headers;
		int status;
		CapturingInputStream answer;

		Exchange(RequestSpec spec, URI uri, Map<String, String> headers) {
			this.spec = spec;
			this.uri = uri;
			this.headers = headers;
		}

		String requestPreview(int limit) {
			if (spec.body() == null) {
				return "";
			}
			// a UTF-8 character takes at most 4 bytes: the first limit characters are in the first 4 × limit bytes
			String text = new String(spec.body(), 0, (int) Math.min(spec.body().length, 4L * limit), StandardCharsets.UTF_8);
			return text.length() <= limit ? text : text.substring(0, limit);
		}
	}
}
