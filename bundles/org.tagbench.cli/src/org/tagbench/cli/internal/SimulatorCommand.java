package org.tagbench.cli.internal;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.tagbench.simulator.Simulator;
import org.tagbench.simulator.SimulatorConfig;

/**
 * {@code tagbench simulator [--port N] [--bind ADDRESS] [--http] [--state DIR] [--plant FILE]}: runs the
 * WinCC REST runtime simulator until stopped, and prints how to reach it with the command line. The
 * start script runs the simulator's own launcher instead, which has more options.
 */
final class SimulatorCommand implements Command {

	private static final int MAX_PORT = 65535;

	@Override
	public String name() {
		return "simulator";
	}

	@Override
	public String usage() {
		return Messages.Simulator_usage;
	}

	@Override
	public int run(String[] args, CliContext context) throws CliException, InterruptedException {
		Arguments arguments = Arguments.parse(args,
				new Options(Set.of("--http"), Set.of("--port", "--bind", "--state", "--plant")));
		arguments.noPositionals();
		int port = arguments.number("--port", SimulatorConfig.STANDARD_PORT, 0);
		if (port > MAX_PORT) {
			throw new UsageException(NLS.bind(Messages.Simulator_badPort, Integer.toString(port)));
		}
		boolean https = !arguments.flag("--http");
		SimulatorConfig.Builder config = SimulatorConfig.builder().port(port).https(https)
				.stateDir(Path.of(valueOr(arguments.value("--state"), "simulator-state")).toAbsolutePath());
		if (arguments.value("--bind") != null) {
			config.bindAddress(arguments.value("--bind"));
		}
		if (arguments.value("--plant") != null) {
			config.plantFile(Path.of(arguments.value("--plant")));
		}
		Simulator simulator;
		try {
			simulator = Simulator.start(config.build());
		} catch (UncheckedIOException | IllegalStateException e) {
			throw new CliException(ExitCode.FAILED, NLS.bind(Messages.Simulator_cannotStart, e.getMessage()));
		}
		printWelcome(simulator, context);
		context.lifetime().runUntilStopped(simulator::close);
		return ExitCode.OK;
	}

	private static void printWelcome(Simulator simulator, CliContext context) {
		String url = simulator.baseUri().toString();
		String users = simulator.config().users().values().stream()
				.map(u -> u.name() + " " + u.roles().stream().map(Enum::name).sorted().toList())
				.sorted().collect(Collectors.joining(", "));
		context.out().println(NLS.bind(Messages.Simulator_started, new Object[] { simulator.plant().name(),
				Integer.toString(simulator.plant().tags().size()), url, users }));
		String trust = simulator.config().https() ? " --trust " + simulator.certificateSha256() : " --insecure";
		context.out().println(NLS.bind(Messages.Simulator_try, url, trust));
		context.out().flush();
	}

	private static String valueOr(String value, String fallback) {
		return value == null ? fallback : value;
	}
}
