package org.tagbench.core.profiles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Migrates a profile document one format version at a time, in memory. Version 0 is the pre-release form
 * ({@code {"connections": [{"name", "host", "port", "username", "insecure", "fingerprint"}]}}, no
 * {@code formatVersion}); version 1 is current. A new version adds a step here and raises
 * {@link #CURRENT}.
 */
final class ProfileMigrations {

	/** The version this Tagbench writes. */
	static final int CURRENT = 1;

	private ProfileMigrations() {
	}

	/** @return the format version of the document; 0 when it has none */
	static int versionOf(ObjectNode document) {
		JsonNode version = document.get("formatVersion");
		return version == null ? 0 : version.asInt(-1);
	}

	/** Applies the steps from the document's version up to {@link #CURRENT}. */
	static ObjectNode migrate(ObjectNode document) {
		ObjectNode current = document;
		for (int version = versionOf(document); version < CURRENT; version++) {
			current = step(version, current);
		}
		return current;
	}

	/** @return the document of version {@code from + 1} */
	static ObjectNode step(int from, ObjectNode document) {
		if (from == 0) {
			return fromV0(document);
		}
		throw new IllegalArgumentException("no migration from format version " + from);
	}

	private static ObjectNode fromV0(ObjectNode v0) {
		ObjectNode v1 = JsonNodeFactory.instance.objectNode();
		v1.put("formatVersion", 1);
		ArrayNode profiles = v1.putArray("profiles");
		JsonNode connections = v0.get("connections");
		if (connections != null) {
			for (JsonNode old : connections) {
				ObjectNode profile = profiles.addObject();
				if (old.hasNonNull("id")) {
					profile.put("id", old.get("id").asText());
				}
				profile.put("name", old.path("name").asText(""));
				boolean insecure = old.path("insecure").asBoolean(false);
				String scheme = insecure ? "http" : "https";
				profile.put("url", scheme + "://" + old.path("host").asText("") + ":" + old.path("port").asInt(34568)
						+ "/WinCCRestService");
				profile.put("user", old.path("username").asText(""));
				ObjectNode tls = profile.putObject("tls");
				if (insecure) {
					tls.put("mode", TlsMode.PLAIN_HTTP.name());
				} else if (old.hasNonNull("fingerprint")) {
					tls.put("mode", TlsMode.PIN.name());
					tls.put("pinnedSha256", old.get("fingerprint").asText());
				} else {
					tls.put("mode", TlsMode.VERIFY.name());
				}
			}
		}
		return v1;
	}
}
