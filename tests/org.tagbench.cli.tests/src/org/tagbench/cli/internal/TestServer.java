package org.tagbench.cli.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.tagbench.core.profiles.ConnectionProfile;
import org.tagbench.core.profiles.ProfileFileException;
import org.tagbench.core.profiles.ProfileStore;
import org.tagbench.core.profiles.TlsSettings;
import org.tagbench.simulator.Plant;
import org.tagbench.simulator.Role;
import org.tagbench.simulator.Simulator;
import org.tagbench.simulator.SimulatorConfig;

/**
 * A WinCC REST simulator over HTTPS on a free port, with users whose passwords are distinctive enough
 * to be searched for in the output, and helpers to run the command line against it.
 */
final class TestServer implements AutoCloseable {

	static final String READER = "reader";
	static final String OPERATOR = "operator";
	static final String GUEST = "guest";
	static final Map<String, String> PASSWORDS = Map.of(READER, "Reader-Secret-71", OPERATOR, "Operator-Secret-72",
			GUEST, "Guest-Secret-73");

	final Simulator simulator;

	TestServer(Path stateDir) {
		this(stateDir, Plant.demo());
	}

	TestServer(Path stateDir, Plant plant) {
		simulator = Simulator.start(SimulatorConfig.builder().port(0).stateDir(stateDir).plant(plant)
				.user(READER, PASSWORDS.get(READER), Role.READ)
				.user(OPERATOR, PASSWORDS.get(OPERATOR), Role.READ, Role.WRITE)
				.user(GUEST, PASSWORDS.get(GUEST)).build());
	}

	String url() {
		return simulator.baseUri().toString();
	}

	String sha256() {
		return simulator.certificateSha256();
	}

	/** @return a command line with the password of the user in TAGBENCH_PASSWORD */
	static Cli as(String user) {
		return new Cli().env(Target.PASSWORD_VARIABLE, PASSWORDS.get(user));
	}

	/** @return the arguments followed by the options that connect as the user, pinning the certificate */
	String[] args(String user, String... args) {
		List<String> all = new ArrayList<>(List.of(args));
		all.addAll(List.of("--url", url(), "--user", user, "--trust", sha256()));
		return all.toArray(String[]::new);
	}

	/** Runs a command as the user, the password in the environment, the certificate pinned. */
	Result run(String user, String... args) {
		return as(user).run(args(user, args));
	}

	/** @return a profile of this server: user, pinned certificate, short timeouts */
	ConnectionProfile.Builder profile(String name, String user) {
		return ConnectionProfile.builder().name(name).url(url()).user(user)
				.tls(TlsSettings.pinned(sha256())).connectTimeoutMs(5_000).responseTimeoutMs(10_000).retries(0);
	}

	/** Writes the profiles into the project's {@code .tagbench/connections.json}. */
	static void saveProfiles(Path project, ConnectionProfile... profiles) throws ProfileFileException {
		ProfileStore store = ProfileStore.forProject(project);
		for (ConnectionProfile profile : profiles) {
			store.put(profile);
		}
	}

	@Override
	public void close() {
		simulator.close();
	}
}
