package org.tagbench.core.profiles;

import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A named connection to one WinCC REST service. Holds no secret: the password is kept in secure storage
 * under {@link #id()}.
 *
 * @param id                stable identifier (UUID text), also the secure storage key
 * @param name              display name
 * @param url               the service base URL, e.g. https://host:34568/WinCCRestService
 * @param user              the Windows account used for Basic authentication
 * @param environment       free text such as "development", "test" or "production"
 * @param readOnly          whether writes are refused
 * @param tls               TLS settings
 * @param connectTimeoutMs  the longest wait for a connection
 * @param responseTimeoutMs the longest wait from sending a request to the end of its answer
 * @param batchSize         names per bulk request
 * @param maxInFlight       bulk requests sent at the same time to this server
 * @param pollIntervalMs    the interval of live polling and of the health probe
 * @param retries           how often a failed read is retried on transient failures
 * @param extra             fields of the profile file this version does not know, kept on save
 */
public record ConnectionProfile(String id, String name, String url, String user, String environment,
		boolean readOnly, TlsSettings tls, int connectTimeoutMs, int responseTimeoutMs, int batchSize,
		int maxInFlight, int pollIntervalMs, int retries, Map<String, Object> extra) {

	/** Default names per bulk request; real clients found 80-200 reliable. */
	public static final int DEFAULT_BATCH_SIZE = 150;
	/** Default concurrent bulk requests per server; real clients found more than one unreliable. */
	public static final int DEFAULT_MAX_IN_FLIGHT = 1;
	public static final int DEFAULT_CONNECT_TIMEOUT_MS = 10_000;
	public static final int DEFAULT_RESPONSE_TIMEOUT_MS = 60_000;
	public static final int DEFAULT_POLL_INTERVAL_MS = 5_000;
	public static final int DEFAULT_RETRIES = 2;

	public ConnectionProfile {
		Objects.requireNonNull(id, "id");
		name = name == null ? "" : name;
		url = url == null ? "" : url;
		user = user == null ? "" : user;
		environment = environment == null ? "" : environment;
		tls = tls == null ? TlsSettings.VERIFY : tls;
		extra = extra == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(extra));
	}

	/** @return a builder with a fresh id and the defaults */
	public static Builder builder() {
		return new Builder(UUID.randomUUID().toString());
	}

	/** @return a builder starting from this profile */
	public Builder toBuilder() {
		return new Builder(this);
	}

	/** @return the base URL parsed, with any trailing slash removed */
	public URI baseUri() {
		String text = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
		return URI.create(text);
	}

	/** @return whether this profile talks unencrypted HTTP */
	public boolean isPlainHttp() {
		return tls.mode() == TlsMode.PLAIN_HTTP;
	}

	/** Builds profiles; starts from the defaults. */
	public static final class Builder {
		private String id;
		private String name = "";
		private String url = "";
		private String user = "";
		private String environment = "";
		private boolean readOnly;
		private TlsSettings tls = TlsSettings.VERIFY;
		private int connectTimeoutMs = DEFAULT_CONNECT_TIMEOUT_MS;
		private int responseTimeoutMs = DEFAULT_RESPONSE_TIMEOUT_MS;
		private int batchSize = DEFAULT_BATCH_SIZE;
		private int maxInFlight = DEFAULT_MAX_IN_FLIGHT;
		private int pollIntervalMs = DEFAULT_POLL_INTERVAL_MS;
		private int retries = DEFAULT_RETRIES;
		private Map<String, Object> extra = Map.of();

		Builder(String id) {
			this.id = id;
		}

		Builder(ConnectionProfile p) {
			this(p.id);
			name = p.name;
			url = p.url;
			user = p.user;
			environment = p.environment;
			readOnly = p.readOnly;
			tls = p.tls;
			connectTimeoutMs = p.connectTimeoutMs;
			responseTimeoutMs = p.responseTimeoutMs;
			batchSize = p.batchSize;
			maxInFlight = p.maxInFlight;
			pollIntervalMs = p.pollIntervalMs;
			retries = p.retries;
			extra = p.extra;
		}

		public Builder id(String value) { id = value; return this; }
		public Builder name(String value) { name = value; return this; }
		public Builder url(String value) { url = value; return this; }
		public Builder user(String value) { user = value; return this; }
		public Builder environment(String value) { environment = value; return this; }
		public Builder readOnly(boolean value) { readOnly = value; return this; }
		public Builder tls(TlsSettings value) { tls = value; return this; }
		public Builder connectTimeoutMs(int value) { connectTimeoutMs = value; return this; }
		public Builder responseTimeoutMs(int value) { responseTimeoutMs = value; return this; }
		public Builder batchSize(int value) { batchSize = value; return this; }
		public Builder maxInFlight(int value) { maxInFlight = value; return this; }
		public Builder pollIntervalMs(int value) { pollIntervalMs = value; return this; }
		public Builder retries(int value) { retries = value; return this; }
		public Builder extra(Map<String, Object> value) { extra = value; return this; }

		public ConnectionProfile build() {
			return new ConnectionProfile(id, name, url, user, environment, readOnly, tls, connectTimeoutMs,
					responseTimeoutMs, batchSize, maxInFlight, pollIntervalMs, retries, extra);
		}
	}
}
