package org.tagbench.cli.internal;

import java.util.Arrays;
import java.util.List;

import org.tagbench.core.profiles.ConnectionProfile;
import org.tagbench.core.profiles.ProfileSnapshot;
import org.tagbench.core.profiles.ProfileStore;

/** {@code tagbench profiles [--project DIR]}: lists the connection profiles of a project. */
final class ProfilesCommand implements Command {

	private static final List<String> COLUMNS = List.of("name", "environment", "url", "user", "tls", "readOnly", "id");

	@Override
	public String name() {
		return "profiles";
	}

	@Override
	public String usage() {
		return Messages.Profiles_usage;
	}

	@Override
	public int run(String[] args, CliContext context) throws CliException {
		Arguments arguments = Arguments.parse(args, Options.OUTPUT.and(Options.valued("--project")));
		arguments.noPositionals();
		OutputFormat format = OutputFormat.of(arguments, OutputFormat.TABLE);
		ProfileSnapshot snapshot = Target.load(ProfileStore.forProject(Target.projectDir(arguments)), arguments, context);
		RowWriter rows = format.open(context.out(), COLUMNS);
		for (ConnectionProfile p : snapshot.profiles()) {
			rows.row(Arrays.asList(p.name(), p.environment(), p.url(), p.user(), p.tls().mode().name(),
					Boolean.valueOf(p.readOnly()), p.id()));
		}
		rows.end();
		return ExitCode.OK;
	}
}
