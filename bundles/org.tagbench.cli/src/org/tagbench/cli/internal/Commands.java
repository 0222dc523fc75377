package org.tagbench.cli.internal;

import java.util.List;
import java.util.Optional;

/** The commands of the command line, in the order {@code tagbench help} lists them. */
final class Commands {

	static final List<Command> ALL = List.of(new ProfilesCommand(), new ReadCommand(), new WriteCommand(),
			new BrowseCommand(), new ArchiveCommand(), new AlarmsCommand(), new ExportCommand(), new DiagnoseCommand(),
			new SimulatorCommand(), new VersionCommand());

	private Commands() {
	}

	static Optional<Command> find(String name) {
		return ALL.stream().filter(c -> c.name().equals(name)).findFirst();
	}
}
