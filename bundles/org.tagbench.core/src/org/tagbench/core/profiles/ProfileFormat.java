package org.tagbench.core.profiles;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;
import org.tagbench.core.internal.Messages;
import org.tagbench.core.internal.json.Json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Reads and writes the profile file format (see the bundle README). Never reads or writes a secret. */
final class ProfileFormat {

	static final String ABOUT = "Tagbench connection profiles. Safe to commit: passwords are kept in Eclipse secure storage, never here.";

	private static final Pattern SECRET = Pattern.compile("(?i).*(password|passwd|secret|token|credential).*");
	private static final List<String> KNOWN = List.of("id", "name", "url", "user", "environment", "readOnly", "tls",
			"connectTimeoutMs", "responseTimeoutMs", "batchSize", "maxInFlight", "pollIntervalMs", "retries");

	/**
	 * Reads decimals exactly, so that unknown fields are kept unchanged on save (as doubles, 1e999 would
	 * become Infinity and be written back as the text "Infinity"; without their scale, 2.0 would come back
	 * as the integer 2).
	 */
	private static final ObjectReader READER = Json.MAPPER.reader()
			.with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).without(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES);
	/** Writes the decimals read by {@link #READER} as they were. */
	private static final ObjectMapper WRITER = Json.MAPPER.copy()
			.configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);

	private ProfileFormat() {
	}

	/** Parsed profiles plus what the reader noticed. */
	record Parsed(List<ConnectionProfile> profiles, int version, List<String> warnings) {
	}

	static Parsed parse(byte[] content, Path file) throws ProfileFileException {
		JsonNode root;
		try {
			root = READER.readTree(content);
		} catch (JsonProcessingException e) {
			JsonLocation where = e.getLocation();
			int line = where == null ? 0 : where.getLineNr();
			int column = where == null ? 0 : where.getColumnNr();
			throw new ProfileFileException(file, ProfileFileException.Reason.CORRUPT, line, column,
					NLS.bind(Messages.ProfileFormat_notJson, new Object[] { file, line, column, e.getOriginalMessage() }), e);
		} catch (NumberFormatException e) {
			// an exact decimal beyond BigDecimal's range, e.g. 1e9999999999
			throw new ProfileFileException(file, ProfileFileException.Reason.CORRUPT, 0, 0,
					NLS.bind(Messages.ProfileFormat_notJson, new Object[] { file, 0, 0, e.getMessage() }), e);
		} catch (IOException e) {
			// the content is in memory: only its encoding can fail here (e.g. invalid UTF-32)
			throw new ProfileFileException(file, ProfileFileException.Reason.CORRUPT, 0, 0,
					NLS.bind(Messages.ProfileFormat_notJson, new Object[] { file, 0, 0, e.getMessage() }), e);
		}
		if (root == null || !root.isObject()) {
			throw corrupt(file, Messages.ProfileFormat_notObject);
		}
		int version = ProfileMigrations.versionOf((ObjectNode) root);
		if (version > ProfileMigrations.CURRENT || version < 0) {
			throw new ProfileFileException(file, ProfileFileException.Reason.UNSUPPORTED_VERSION, 0, 0,
					NLS.bind(Messages.ProfileFormat_unsupportedVersion, file, Json.excerpt(root.get("formatVersion"))), null);
		}
		ObjectNode current = ProfileMigrations.migrate((ObjectNode) root);
		JsonNode list = current.get("profiles");
		if (list == null || !list.isArray()) {
			throw corrupt(file, Messages.ProfileFormat_noProfiles);
		}
		List<String> warnings = new ArrayList<>();
		List<ConnectionProfile> profiles = new ArrayList<>();
		int index = 0;
		for (JsonNode node : list) {
			index++;
			if (!node.isObject()) {
				throw corrupt(file, NLS.bind(Messages.ProfileFormat_profileNotObject, index));
			}
			profiles.add(profile((ObjectNode) node, index, file, warnings));
		}
		return new Parsed(profiles, version, warnings);
	}

	private static ConnectionProfile profile(ObjectNode node, int index, Path file, List<String> warnings)
			throws ProfileFileException {
		String id = node.path("id").asText("");
		String name = node.path("name").asText("");
		if (id.isBlank()) {
			id = UUID.randomUUID().toString();
			warnings.add(NLS.bind(Messages.ProfileFormat_idAssigned, name, index));
		}
		Map<String, Object> extra = new LinkedHashMap<>();
		for (Map.Entry<String, JsonNode> field : node.properties()) {
			if (SECRET.matcher(field.getKey()).matches() || field.getKey().equals("tls") && hasSecret(field.getValue())) {
				warnings.add(NLS.bind(Messages.ProfileFormat_secretIgnored, field.getKey(), name));
			} else if (!KNOWN.contains(field.getKey())) {
				extra.put(field.getKey(), Json.plain(field.getValue()));
			}
		}
		ConnectionProfile.Builder builder = ConnectionProfile.builder().id(id).name(name)
				.url(node.path("url").asText("")).user(node.path("user").asText(""))
				.environment(node.path("environment").asText("")).readOnly(node.path("readOnly").asBoolean(false))
				.tls(tls(node.path("tls"), name, file))
				.connectTimeoutMs(node.path("connectTimeoutMs").asInt(ConnectionProfile.DEFAULT_CONNECT_TIMEOUT_MS))
				.responseTimeoutMs(node.path("responseTimeoutMs").asInt(ConnectionProfile.DEFAULT_RESPONSE_TIMEOUT_MS))
				.batchSize(node.path("batchSize").asInt(ConnectionProfile.DEFAULT_BATCH_SIZE))
				.maxInFlight(node.path("maxInFlight").asInt(ConnectionProfile.DEFAULT_MAX_IN_FLIGHT))
				.pollIntervalMs(node.path("pollIntervalMs").asInt(ConnectionProfile.DEFAULT_POLL_INTERVAL_MS))
				.retries(node.path("retries").asInt(ConnectionProfile.DEFAULT_RETRIES)).extra(extra);
		return builder.build();
	}

	private static boolean hasSecret(JsonNode tls) {
		if (!tls.isObject()) {
			return false;
		}
		for (Map.Entry<String, JsonNode> field : tls.properties()) {
			if (SECRET.matcher(field.getKey()).matches()) {
				return true;
			}
		}
		return false;
	}

	private static TlsSettings tls(JsonNode node, String profileName, Path file) throws ProfileFileException {
		if (node.isMissingNode() || node.isNull()) {
			return TlsSettings.VERIFY;
		}
		String mode = node.path("mode").asText(TlsMode.VERIFY.name()).toUpperCase(Locale.ROOT);
		try {
			return new TlsSettings(TlsMode.valueOf(mode), node.path("pinnedSha256").asText(null),
					node.path("caFile").asText(null));
		} catch (IllegalArgumentException e) {
			throw corrupt(file, NLS.bind(Messages.ProfileFormat_unknownTlsMode, shorten(mode), shorten(profileName)));
		}
	}

	static byte[] write(List<ConnectionProfile> profiles) {
		ObjectNode root = JsonNodeFactory.instance.objectNode();
		root.put("formatVersion", ProfileMigrations.CURRENT);
		root.put("about", ABOUT);
		ArrayNode list = root.putArray("profiles");
		for (ConnectionProfile p : profiles) {
			ObjectNode node = list.addObject();
			node.put("id", p.id());
			node.put("name", p.name());
			node.put("url", p.url());
			node.put("user", p.user());
			node.put("environment", p.environment());
			node.put("readOnly", p.readOnly());
			ObjectNode tls = node.putObject("tls");
			tls.put("mode", p.tls().mode().name());
			if (p.tls().pinnedSha256() != null) {
				tls.put("pinnedSha256", p.tls().pinnedSha256());
			}
			if (p.tls().caFile() != null) {
				tls.put("caFile", p.tls().caFile());
			}
			node.put("connectTimeoutMs", p.connectTimeoutMs());
			node.put("responseTimeoutMs", p.responseTimeoutMs());
			node.put("batchSize", p.batchSize());
			node.put("maxInFlight", p.maxInFlight());
			node.put("pollIntervalMs", p.pollIntervalMs());
			node.put("retries", p.retries());
			p.extra().forEach((key, value) -> {
				if (!SECRET.matcher(key).matches()) {
					node.set(key, WRITER.valueToTree(value));
				}
			});
		}
		try {
			byte[] json = Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
			byte[] withNewline = new byte[json.length + 1];
			System.arraycopy(json, 0, withNewline, 0, json.length);
			withNewline[json.length] = '\n';
			return withNewline;
		} catch (JsonProcessingException e) {
			throw new IllegalStateException("profiles cannot be written as JSON", e);
		}
	}

	/** @return the text cut for a message: whatever a file holds, its error message stays short */
	private static String shorten(String text) {
		return text.length() <= Json.EXCERPT ? text : text.substring(0, Json.EXCERPT) + "…";
	}

	private static ProfileFileException corrupt(Path file, String message) {
		return new ProfileFileException(file, ProfileFileException.Reason.CORRUPT, 0, 0,
				NLS.bind(Messages.ProfileFormat_corrupt, file, message), null);
	}
}
