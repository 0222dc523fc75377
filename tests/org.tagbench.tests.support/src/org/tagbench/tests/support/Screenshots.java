package org.tagbench.tests.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Saves what the X display shows as a PNG with ImageMagick's {@code import}, for people to look at; the
 * tests never compare pixels. Does nothing where there is no X display or no ImageMagick.
 */
public final class Screenshots {

	/** The folder screenshots go to, relative to the test bundle's folder. */
	public static final Path FOLDER = Path.of("target", "screenshots"); //$NON-NLS-1$ //$NON-NLS-2$

	private Screenshots() {
	}

	/**
	 * Dispatches pending paints, then saves the whole display as {@code FOLDER/name.png}.
	 *
	 * @return the file, or null when no screenshot could be taken
	 */
	public static Path take(String name) {
		if (UiWait.isUiThread()) {
			UiWait.drain();
		}
		if (System.getenv("DISPLAY") == null) { //$NON-NLS-1$
			return null;
		}
		try {
			Files.createDirectories(FOLDER);
			Path file = FOLDER.resolve(name + ".png"); //$NON-NLS-1$
			Process process = new ProcessBuilder("import", "-window", "root", file.toString()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
			return process.waitFor(20, TimeUnit.SECONDS) && process.exitValue() == 0 ? file : null;
		} catch (IOException e) {
			return null;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return null;
		}
	}
}
