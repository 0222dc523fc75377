package org.tagbench.core.profiles;

import java.nio.file.Path;

/**
 * The profile file changed on disk since it was loaded (another editor, a VCS update); saving would lose
 * those changes. Load again, reapply the edit, and save.
 */
public class ProfileConflictException extends Exception {

	private static final long serialVersionUID = 1L;

	private final transient Path file;

	public ProfileConflictException(Path file, String message) {
		super(message);
		this.file = file;
	}

	public Path file() {
		return file;
	}
}
