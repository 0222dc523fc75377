package org.tagbench.core.profiles;

import java.util.List;
import java.util.Optional;

/**
 * The profiles of a file as loaded, with what is needed to save without losing concurrent changes.
 *
 * @param profiles    the profiles, in file order
 * @param contentHash SHA-256 of the file bytes as loaded, or null when the file did not exist
 * @param fileVersion the format version found in the file (older versions are migrated in memory and
 *                    written in the current version on the next save)
 * @param warnings    problems that did not stop loading (a password found and ignored, a profile given
 *                    an id), for the user to see
 */
public record ProfileSnapshot(List<ConnectionProfile> profiles, String contentHash, int fileVersion,
		List<String> warnings) {

	public ProfileSnapshot {
		profiles = List.copyOf(profiles);
		warnings = List.copyOf(warnings);
	}

	/** @return the profile with the given id */
	public Optional<ConnectionProfile> find(String id) {
		return profiles.stream().filter(p -> p.id().equals(id)).findFirst();
	}

	/** @return the first profile with the given name */
	public Optional<ConnectionProfile> findByName(String name) {
		return profiles.stream().filter(p -> p.name().equals(name)).findFirst();
	}
}
