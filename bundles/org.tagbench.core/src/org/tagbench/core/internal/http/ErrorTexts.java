package org.tagbench.core.internal.http;

import org.tagbench.core.internal.json.Json;

import com.fasterxml.jackson.databind.JsonNode;

/** Pulls a readable error text out of an error answer's body preview. */
public final class ErrorTexts {

	private static final int MAX_PLAIN = 300;

	private ErrorTexts() {
	}

	/**
	 * @param preview the start of an error answer, as text
	 * @return the error text the server sent, or the start of the answer; never null, never throws
	 */
	public static String extract(String preview) {
		String trimmed = preview.strip();
		if (trimmed.isEmpty()) {
			return "";
		}
		if (trimmed.startsWith("{")) {
			try {
				JsonNode node = Json.MAPPER.readTree(trimmed);
				for (String field : new String[] { "error", "message", "errorText", "detail", "title" }) {
					JsonNode value = Json.field(node, field);
					if (value != null && value.isValueNode() && !value.asText().isBlank()) {
						return value.asText();
					}
				}
			} catch (java.io.IOException e) {
				return shorten(trimmed);
			}
		}
		return shorten(trimmed);
	}

	private static String shorten(String text) {
		return text.length() <= MAX_PLAIN ? text : text.substring(0, MAX_PLAIN) + "…";
	}
}
