package org.tagbench.core.watch;

import java.util.Objects;

import org.tagbench.core.names.TagNames;

/**
 * One watched tag: which connection profile reads it and its name (normalised like every name Tagbench
 * sends, see {@link TagNames}).
 *
 * @param profileId the id of the connection profile
 * @param tag       the tag name
 */
public record WatchItem(String profileId, String tag) {

	public WatchItem {
		Objects.requireNonNull(profileId, "profileId");
		tag = TagNames.normalize(Objects.requireNonNull(tag, "tag")).normalized();
		if (tag.isEmpty()) {
			throw new IllegalArgumentException("a watched tag needs a name");
		}
	}
}
