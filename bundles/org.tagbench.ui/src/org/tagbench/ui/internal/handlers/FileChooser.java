package org.tagbench.ui.internal.handlers;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * Asks for the file to import from or export to. The native file dialog cannot be driven by UI tests, so
 * tests put a prompt with a fixed answer in its place.
 */
public final class FileChooser {

	/** Asks the user for a file. */
	@FunctionalInterface
	public interface Prompt {
		/**
		 * @param style         {@link SWT#OPEN} or {@link SWT#SAVE}
		 * @param suggestedName the file name to offer
		 * @return the chosen path, or null when cancelled
		 */
		String choose(Shell shell, int style, String suggestedName);
	}

	private static final String[] EXTENSIONS = { "*.json", "*" }; //$NON-NLS-1$ //$NON-NLS-2$

	private static volatile Prompt replacement;

	private FileChooser() {
	}

	/** @param prompt the prompt to use instead of the file dialog; null restores the file dialog */
	public static void use(Prompt prompt) {
		replacement = prompt;
	}

	static String choose(Shell shell, int style, String suggestedName) {
		return choose(shell, style, suggestedName, EXTENSIONS);
	}

	/** @param extensions the file dialog's filters, e.g. {@code *.csv} */
	static String choose(Shell shell, int style, String suggestedName, String[] extensions) {
		Prompt prompt = replacement;
		if (prompt != null) {
			return prompt.choose(shell, style, suggestedName);
		}
		FileDialog dialog = new FileDialog(shell, style);
		dialog.setFilterExtensions(extensions);
		dialog.setFileName(suggestedName);
		dialog.setOverwrite(true);
		return dialog.open();
	}
}
