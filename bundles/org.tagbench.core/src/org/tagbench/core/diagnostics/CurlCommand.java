package org.tagbench.core.diagnostics;

import java.util.Map;

/**
 * Renders a journal entry as a curl command for reproducing a request outside Tagbench. The Authorization
 * header is always shown redacted; the user fills in their own credentials.
 */
public final class CurlCommand {

	/** What stands in for the credentials. */
	public static final String REDACTED = "Authorization: Basic <redacted>";

	private CurlCommand() {
	}

	public static String of(JournalEntry entry) {
		StringBuilder command = new StringBuilder("curl");
		if (!"GET".equals(entry.method())) {
			command.append(" -X ").append(entry.method());
		}
		command.append(' ').append(quote(entry.url()));
		for (Map.Entry<String, String> header : entry.requestHeaders().entrySet()) {
			if (!header.getKey().equalsIgnoreCase("Authorization")) {
				command.append(" -H ").append(quote(header.getKey() + ": " + header.getValue()));
			}
		}
		if (entry.authenticated()) {
			command.append(" -H ").append(quote(REDACTED));
		}
		if (!entry.requestPreview().isEmpty()) {
			command.append(" --data-raw ").append(quote(entry.requestPreview()));
		}
		return command.toString();
	}

	private static String quote(String text) {
		return "'" + text.replace("'", "'\\''") + "'";
	}
}
