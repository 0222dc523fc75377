package org.tagbench.cli.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Tag names from the command line and from a file or standard input ({@code --file -}), one per line. */
final class NameList {

	private NameList() {
	}

	/**
	 * @return the names of the positional arguments, then those of {@code --file}; blank lines and lines
	 *         starting with {@code #} are skipped
	 * @throws UsageException when no name is given
	 */
	static List<String> of(Arguments arguments, CliContext context) throws UsageException, IOException {
		List<String> names = new ArrayList<>(arguments.positionals());
		String file = arguments.value("--file");
		if (file != null) {
			try (BufferedReader reader = file.equals("-")
					? new BufferedReader(new InputStreamReader(context.in(), StandardCharsets.UTF_8))
					: Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
				String line;
				while ((line = reader.readLine()) != null) {
					if (!line.isBlank() && !line.strip().startsWith("#")) {
						names.add(line);
					}
				}
			}
		}
		if (names.isEmpty()) {
			throw new UsageException(Messages.Read_noNames);
		}
		return names;
	}
}
