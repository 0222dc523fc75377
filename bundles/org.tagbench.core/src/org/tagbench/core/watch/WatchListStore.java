package org.tagbench.core.watch;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;
import org.tagbench.core.internal.Messages;
import org.tagbench.core.internal.json.Json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Watch lists of a project, one JSON file per list in {@code <project>/.tagbench/watch/<name>.json}: plain,
 * sorted as shown, safe to commit. Each file carries a format version; a file of a newer version is
 * refused, never overwritten. Saves are atomic (a temporary file in the same folder, then a rename).
 *
 * <pre>
 * { "version": 1, "name": "Line 1", "intervalMs": 1000,
 *   "items": [ { "profile": "6f0c…", "tag": "T101.Level" } ] }
 * </pre>
 */
public final class WatchListStore {

	/** The folder of the watch lists, relative to the project folder. */
	public static final String FOLDER = ".tagbench/watch";
	/** The format version written. */
	public static final int VERSION = 1;

	private static final String EXTENSION = ".json";
	private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} _.()-]{0,99}");

	private final Path folder;

	/** @param folder the folder holding the list files; it need not exist */
	public WatchListStore(Path folder) {
		this.folder = folder.toAbsolutePath().normalize();
	}

	/** @return the store of a project folder */
	public static WatchListStore forProject(Path projectDir) {
		return new WatchListStore(projectDir.resolve(FOLDER));
	}

	public Path folder() {
		return folder;
	}

	/** @return null when {@code name} can be a list name, else what is wrong with it and what to do */
	public static String checkName(String name) {
		if (name == null || !NAME.matcher(name).matches() || name.endsWith(".")) {
			return Messages.WatchListStore_badName;
		}
		return null;
	}

	/** @return the file of the list {@code name} */
	public Path file(String name) {
		return folder.resolve(name + EXTENSION);
	}

	/** @return the names of the lists, sorted ignoring case; empty when there is no folder */
	public List<String> names() throws WatchListException {
		List<String> names = new ArrayList<>();
		try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + EXTENSION)) {
			for (Path file : files) {
				String name = file.getFileName().toString();
				names.add(name.substring(0, name.length() - EXTENSION.length()));
			}
		} catch (NoSuchFileException e) {
			return names;
		} catch (IOException e) {
			throw new WatchListException(folder, NLS.bind(Messages.WatchListStore_readFailed, folder, e.getMessage()), e);
		}
		names.sort(String.CASE_INSENSITIVE_ORDER);
		return names;
	}

	/** @return the list {@code name} */
	public WatchList load(String name) throws WatchListException {
		Path file = file(name);
		byte[] content;
		try {
			content = Files.readAllBytes(file);
		} catch (IOException e) {
			throw new WatchListException(file, NLS.bind(Messages.WatchListStore_readFailed, file, e.getMessage()), e);
		}
		return parse(content, file, name);
	}

	/** Writes the list to {@code <name>.json}, replacing an older file of that name. */
	public Path save(WatchList list) throws WatchListException {
		String problem = checkName(list.name());
		if (problem != null) {
			throw new WatchListException(file(String.valueOf(list.name())), problem, null);
		}
		Path file = file(list.name());
		Path temporary = null;
		try {
			byte[] content = write(list);
			Files.createDirectories(folder);
			temporary = Files.createTempFile(folder, list.name(), ".tmp");
			try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
				channel.write(ByteBuffer.wrap(content));
				channel.force(true);
			}
			try {
				Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
			}
			temporary = null;
			return file;
		} catch (IOException e) {
			throw new WatchListException(file, NLS.bind(Messages.WatchListStore_writeFailed, file, e.getMessage()), e);
		} finally {
			if (temporary != null) {
				try {
					Files.deleteIfExists(temporary);
				} catch (IOException e) {
					// the save failed already; a left-over temporary file is harmless
				}
			}
		}
	}

	static byte[] write(WatchList list) throws JsonProcessingException {
		ObjectNode root = Json.MAPPER.createObjectNode();
		root.put("version", VERSION);
		root.put("name", list.name());
		root.put("intervalMs", list.intervalMs());
		ArrayNode items = root.putArray("items");
		for (WatchItem item : list.items()) {
			items.addObject().put("profile", item.profileId()).put("tag", item.tag());
		}
		String text = Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
		return text.getBytes(StandardCharsets.UTF_8);
	}

	static WatchList parse(byte[] content, Path file, String fallbackName) throws WatchListException {
		JsonNode root;
		try {
			root = Json.MAPPER.readTree(content);
		} catch (JsonProcessingException e) {
			throw new WatchListException(file, NLS.bind(Messages.WatchListStore_corrupt, file, e.getOriginalMessage()), e);
		} catch (IOException e) {
			throw new WatchListException(file, NLS.bind(Messages.WatchListStore_readFailed, file, e.getMessage()), e);
		}
		if (root == null || !root.isObject()) {
			throw new WatchListException(file, NLS.bind(Messages.WatchListStore_corrupt, file, "not a JSON object"), null);
		}
		int version = root.path("version").asInt(0);
		if (version > VERSION) {
			throw new WatchListException(file, NLS.bind(Messages.WatchListStore_tooNew, file, Integer.toString(version)), null);
		}
		if (version < 1) {
			throw new WatchListException(file, NLS.bind(Messages.WatchListStore_corrupt, file, "no format version"), null);
		}
		String name = root.path("name").asText(fallbackName);
		int interval = Math.max(WatchList.MIN_INTERVAL_MS, root.path("intervalMs").asInt(WatchList.DEFAULT_INTERVAL_MS));
		List<WatchItem> items = new ArrayList<>();
		for (JsonNode item : root.path("items")) {
			String profile = item.path("profile").asText("");
			String tag = item.path("tag").asText("");
			if (profile.isEmpty() || tag.isBlank()) {
				throw new WatchListException(file, NLS.bind(Messages.WatchListStore_corrupt, file,
						"an item needs a profile and a tag: " + item), null);
			}
			items.add(new WatchItem(profile, tag));
		}
		return new WatchList(name, interval, items);
	}
}
