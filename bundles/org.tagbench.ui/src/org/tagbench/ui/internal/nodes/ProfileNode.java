package org.tagbench.ui.internal.nodes;

import org.tagbench.core.profiles.ConnectionProfile;
import org.tagbench.ui.internal.connections.ProfileFile;

/**
 * A connection profile in a tree, with the file it lives in. Equal to another node for the same profile
 * id in the same file, whatever the profile's other fields, so viewers keep selection across edits.
 *
 * @param file    where the profile is stored
 * @param profile the profile as last loaded
 */
public record ProfileNode(ProfileFile file, ConnectionProfile profile) {

	/** @return the key of this profile: file and id */
	public String key() {
		return key(file, profile.id());
	}

	/** @return the key of profile {@code id} in {@code file} */
	public static String key(ProfileFile file, String id) {
		return file.path() + "#" + id; //$NON-NLS-1$
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof ProfileNode node && node.key().equals(key());
	}

	@Override
	public int hashCode() {
		return key().hashCode();
	}
}
