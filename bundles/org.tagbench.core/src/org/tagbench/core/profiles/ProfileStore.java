package org.tagbench.core.profiles;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.tagbench.core.internal.Messages;

/**
 * Connection profiles in one JSON file: {@code <project>/.tagbench/connections.json} for a project (safe to
 * commit), {@code <state folder>/connections.json} for the workspace. Saves are atomic and durable
 * (temporary file in the same folder, forced to disk, renamed over the file, folder forced): a process
 * killed at any moment leaves the previous or the new file, and temporary files it left are ignored by
 * {@link #load()} and removed by the next save. A corrupt file is reported and never overwritten. Saves are
 * serialized across threads and processes by a lock; a save never silently overwrites changes made on disk
 * since its snapshot was loaded (see {@link #save(ProfileSnapshot, List)}).
 */
public final class ProfileStore {

	/** The profile file of a project, relative to the project folder. */
	public static final String PROJECT_FILE = ".tagbench/connections.json";
	/** The profile file of the workspace, relative to the state folder. */
	public static final String WORKSPACE_FILE = "connections.json";

	private static final String TEMPORARY_SUFFIX = ".tmp";
	private static final Map<Path, ReentrantLock> LOCKS = new ConcurrentHashMap<>();

	private final Path file;
	private final SaveHook hook;

	/** Called between writing the temporary file and renaming it; lets tests interrupt a save. */
	@FunctionalInterface
	interface SaveHook {
		void beforeMove(Path temporary) throws IOException;
	}

	/** @param file the profile file; it need not exist */
	public ProfileStore(Path file) {
		this(file, temporary -> { });
	}

	ProfileStore(Path file, SaveHook hook) {
		this.file = file.toAbsolutePath().normalize();
		this.hook = hook;
	}

	/** @return the store of a project folder */
	public static ProfileStore forProject(Path projectDir) {
		return new ProfileStore(projectDir.resolve(PROJECT_FILE));
	}

	/** @return the store of a workspace (or product) state folder */
	public static ProfileStore forWorkspace(Path stateDir) {
		return new ProfileStore(stateDir.resolve(WORKSPACE_FILE));
	}

	public Path file() {
		return file;
	}

	/** @return the folder a relative CA file of a profile is resolved against */
	public Path baseDirectory() {
		return file.getParent();
	}

	/**
	 * @return the profiles; an empty snapshot when the file does not exist
	 * @throws ProfileFileException when the file is corrupt, too new or unreadable (it is left unchanged)
	 */
	public ProfileSnapshot load() throws ProfileFileException {
		byte[] content = read();
		if (content == null) {
			return new ProfileSnapshot(List.of(), null, ProfileMigrations.CURRENT, List.of());
		}
		ProfileFormat.Parsed parsed = ProfileFormat.parse(content, file);
		return new ProfileSnapshot(parsed.profiles(), hash(content), parsed.version(), parsed.warnings());
	}

	/**
	 * Saves the profiles as edited from {@code base}. When the file changed on disk since {@code base} was
	 * loaded (another window, the command line, a version control update), the edits are merged profile by
	 * profile: a profile changed on only one side takes that side's version, and the result names the
	 * profiles whose changes from elsewhere were kept. When both sides changed the same profile differently,
	 * nothing is written.
	 *
	 * @param base     the snapshot the edits started from
	 * @param profiles the edited profiles, in the order to save
	 * @return what was saved, and which changes from elsewhere were merged in
	 * @throws ProfileConflictException when a profile was changed both here and on disk since {@code base}
	 *                                  was loaded; the file is left unchanged
	 * @throws ProfileFileException     when the file is unusable or writing failed (the previous file is kept)
	 */
	public SaveResult save(ProfileSnapshot base, List<ConnectionProfile> profiles)
			throws ProfileConflictException, ProfileFileException {
		return locked(() -> {
			byte[] current = read();
			String currentHash = current == null ? null : hash(current);
			if (Objects.equals(currentHash, base.contentHash())) {
				return new SaveResult(write(profiles), List.of());
			}
			List<ConnectionProfile> theirs = current == null ? List.of()
					: ProfileFormat.parse(current, file).profiles();
			ProfileMerge merge = ProfileMerge.of(base.profiles(), profiles, theirs);
			if (!merge.conflicts().isEmpty()) {
				throw new ProfileConflictException(file, merge.conflicts(),
						NLS.bind(Messages.ProfileStore_conflict, quoted(merge.conflicts()), file),
						Messages.ProfileStore_conflictSolution);
			}
			return new SaveResult(write(merge.result()), merge.keptFromDisk());
		});
	}

	/**
	 * Loads, changes and saves under a lock, so concurrent updates from this and other processes all take
	 * effect. A corrupt file is reported, never overwritten.
	 *
	 * @param change receives the current profiles, returns the new list
	 */
	public ProfileSnapshot update(UnaryOperator<List<ConnectionProfile>> change) throws ProfileFileException {
		try {
			return locked(() -> write(change.apply(load().profiles())));
		} catch (ProfileConflictException e) {
			throw new IllegalStateException("update holds the lock and cannot conflict", e);
		}
	}

	/** Adds the profile, or replaces the one with the same id. */
	public ProfileSnapshot put(ConnectionProfile profile) throws ProfileFileException {
		return update(list -> {
			List<ConnectionProfile> result = new ArrayList<>(list);
			int index = indexOf(result, profile.id());
			if (index >= 0) {
				result.set(index, profile);
			} else {
				result.add(profile);
			}
			return result;
		});
	}

	/** Removes the profile with the given id, if present. */
	public ProfileSnapshot remove(String profileId) throws ProfileFileException {
		return update(list -> list.stream().filter(p -> !p.id().equals(profileId)).toList());
	}

	/**
	 * Writes profiles to another file for sharing; the format is the profile file format, without secrets.
	 */
	public static void exportTo(Path target, List<ConnectionProfile> profiles) throws ProfileFileException {
		new ProfileStore(target).update(existing -> profiles);
	}

	/** @return the profiles of an exported (or any profile) file, migrated to the current version */
	public static List<ConnectionProfile> importFrom(Path source) throws ProfileFileException {
		return new ProfileStore(source).load().profiles();
	}

	private static String quoted(List<String> names) {
		return names.stream().map(name -> '"' + name + '"').collect(Collectors.joining(", "));
	}

	private static int indexOf(List<ConnectionProfile> list, String id) {
		for (int i = 0; i < list.size(); i++) {
			if (list.get(i).id().equals(id)) {
				return i;
			}
		}
		return -1;
	}

	private ProfileSnapshot write(List<ConnectionProfile> profiles) throws ProfileFileException {
		byte[] content = ProfileFormat.write(profiles);
		Path temporary = null;
		try {
			Files.createDirectories(file.getParent());
			deleteLeftovers();
			temporary = Files.createTempFile(file.getParent(), temporaryPrefix(), TEMPORARY_SUFFIX);
			try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
				channel.write(ByteBuffer.wrap(content));
				channel.force(true);
			}
			hook.beforeMove(temporary);
			move(temporary);
			temporary = null;
			forceDirectory();
			return new ProfileSnapshot(profiles, hash(content), ProfileMigrations.CURRENT, List.of());
		} catch (IOException e) {
			throw new ProfileFileException(file, ProfileFileException.Reason.IO, 0, 0,
					NLS.bind(Messages.ProfileStore_ioFailed, file, e.getMessage()), e);
		} finally {
			deleteQuietly(temporary);
		}
	}

	private void move(Path temporary) throws IOException {
		try {
			Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	/**
	 * Forces the rename to disk, so that after a crash of the machine the folder holds the new file, not
	 * the old one next to a lost temporary file. Some file systems cannot open a folder; there the rename
	 * is as durable as the file system makes it.
	 */
	private void forceDirectory() {
		try (FileChannel folder = FileChannel.open(file.getParent(), StandardOpenOption.READ)) {
			folder.force(true);
		} catch (IOException e) {
			// Not every platform opens folders (Windows does not); the rename itself has happened.
		}
	}

	/** Removes temporary files of saves that were killed before their rename; runs under the lock. */
	private void deleteLeftovers() throws IOException {
		String prefix = temporaryPrefix();
		DirectoryStream.Filter<Path> temporary = path -> {
			String name = path.getFileName().toString();
			return name.length() > prefix.length() + TEMPORARY_SUFFIX.length() && name.startsWith(prefix)
					&& name.endsWith(TEMPORARY_SUFFIX);
		};
		try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(file.getParent(), temporary)) {
			for (Path leftover : leftovers) {
				deleteQuietly(leftover);
			}
		}
	}

	private String temporaryPrefix() {
		return file.getFileName().toString();
	}

	private static void deleteQuietly(Path temporary) {
		if (temporary != null) {
			try {
				Files.deleteIfExists(temporary);
			} catch (IOException e) {
				temporary.toFile().deleteOnExit();
			}
		}
	}

	private byte[] read() throws ProfileFileException {
		try {
			return Files.readAllBytes(file);
		} catch (NoSuchFileException e) {
			return null;
		} catch (IOException e) {
			throw new ProfileFileException(file, ProfileFileException.Reason.IO, 0, 0,
					NLS.bind(Messages.ProfileStore_readFailed, file, e.getMessage()), e);
		}
	}

	private <T> T locked(StoreAction<T> action) throws ProfileConflictException, ProfileFileException {
		ReentrantLock lock = LOCKS.computeIfAbsent(file, f -> new ReentrantLock());
		lock.lock();
		try {
			try (FileChannel channel = FileChannel.open(lockFile(), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
				FileLock fileLock = channel.lock();
				try {
					return action.run();
				} finally {
					fileLock.release();
				}
			}
		} catch (IOException e) {
			throw new ProfileFileException(file, ProfileFileException.Reason.IO, 0, 0,
					NLS.bind(Messages.ProfileStore_ioFailed, file, e.getMessage()), e);
		} finally {
			lock.unlock();
		}
	}

	/** The lock file lives in the temporary folder, so project folders stay clean. */
	private Path lockFile() {
		String key = hash(file.toString().getBytes(StandardCharsets.UTF_8)).substring(0, 16);
		return Path.of(System.getProperty("java.io.tmpdir"), "tagbench-profiles-" + key + ".lock");
	}

	private static String hash(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	@FunctionalInterface
	private interface StoreAction<T> {
		T run() throws ProfileConflictException, ProfileFileException;
	}
}
