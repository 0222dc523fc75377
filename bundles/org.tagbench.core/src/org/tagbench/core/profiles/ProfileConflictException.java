package org.tagbench.core.profiles;

import java.nio.file.Path;
import java.util.List;

/**
 * A save was refused because a profile was changed both in the edit and on disk (another window, the
 * command line, a version control update) since the edit's snapshot was loaded; saving would lose one of
 * the two changes. The file is left unchanged. {@link #getMessage()} says what happened,
 * {@link #solution()} what to do: load the profiles again and reapply the edit.
 */
public class ProfileConflictException extends Exception {

	private static final long serialVersionUID = 1L;

	private final transient Path file;
	private final List<String> profiles;
	private final String solution;

	public ProfileConflictException(Path file, List<String> profiles, String message, String solution) {
		super(message);
		this.file = file;
		this.profiles = List.copyOf(profiles);
		this.solution = solution;
	}

	public Path file() {
		return file;
	}

	/** @return the names of the profiles changed on both sides */
	public List<String> profiles() {
		return profiles;
	}

	/** @return what to do: reload the profiles and apply the edit again */
	public String solution() {
		return solution;
	}
}
