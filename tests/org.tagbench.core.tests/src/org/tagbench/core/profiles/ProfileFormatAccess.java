package org.tagbench.core.profiles;

import java.nio.file.Path;
import java.util.List;

/**
 * The profile file reader and writer without the file system, for the parser fuzzing (a fragment class
 * in the format's own package): what {@link ProfileStore#load()} and the saves do with the bytes.
 */
public final class ProfileFormatAccess {

	private ProfileFormatAccess() {
	}

	/** @return the profiles of the file content, as {@link ProfileStore#load()} reads them */
	public static List<ConnectionProfile> parse(byte[] content, Path file) throws ProfileFileException {
		return ProfileFormat.parse(content, file).profiles();
	}

	/** @return the file content a save writes */
	public static byte[] write(List<ConnectionProfile> profiles) {
		return ProfileFormat.write(profiles);
	}
}
