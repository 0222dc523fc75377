package org.tagbench.core.internal.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One request relative to the service base URL.
 *
 * @param method   GET, POST or PUT
 * @param path     the path below the base URL, segments already encoded, starting with '/'
 * @param query    query parameters (encoded when the URL is built)
 * @param body     the JSON body, or null
 * @param read     whether the request only reads and may therefore be retried
 * @param language the Accept-Language, or null
 */
public record RequestSpec(String method, String path, Map<String, String> query, byte[] body, boolean read,
		Locale language) {

	public RequestSpec {
		query = query == null ? Map.of() : new LinkedHashMap<>(query);
	}

	public static RequestSpec get(String path) {
		return new RequestSpec("GET", path, null, null, true, null);
	}

	public RequestSpec withQuery(Map<String, String> parameters) {
		return new RequestSpec(method, path, parameters, body, read, language);
	}

	public RequestSpec withLanguage(Locale locale) {
		return new RequestSpec(method, path, query, body, read, locale);
	}

	/** A POST that only reads (bulk read, archive query): retried like a GET. */
	public static RequestSpec postRead(String path, byte[] body) {
		return new RequestSpec("POST", path, null, body, true, null);
	}

	/** A PUT that writes: never retried. */
	public static RequestSpec putWrite(String path, byte[] body) {
		return new RequestSpec("PUT", path, null, body, false, null);
	}

	/** @return a path segment percent-encoded (spaces as %20, dots and brackets encoded safely) */
	public static String segment(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

	/** @return the query string, starting with '?', or empty */
	String queryString() {
		if (query.isEmpty()) {
			return "";
		}
		StringBuilder text = new StringBuilder();
		for (Map.Entry<String, String> parameter : query.entrySet()) {
			text.append(text.length() == 0 ? '?' : '&').append(segment(parameter.getKey())).append('=')
					.append(segment(parameter.getValue()));
		}
		return text.toString();
	}
}
