package org.tagbench.core.profiles;

import java.util.List;

/**
 * What a save did.
 *
 * @param snapshot the profiles now in the file, to base the next edit on
 * @param merged   the names of profiles that were changed, added or removed elsewhere since the edit's
 *                 snapshot was loaded and kept in the saved file; empty when the file had not changed
 */
public record SaveResult(ProfileSnapshot snapshot, List<String> merged) {

	public SaveResult {
		merged = List.copyOf(merged);
	}

	/** @return whether changes made elsewhere were merged into the save */
	public boolean wasMerged() {
		return !merged.isEmpty();
	}
}
