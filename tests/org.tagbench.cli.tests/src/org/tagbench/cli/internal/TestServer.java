package org.tagbench.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.tagbench.core.profiles.ConnectionProfile;
import org.tagbench.core.profiles.ProfileFileException;
import org.tagbench.core.profiles.ProfileStore;
import org.tagbench.core.profiles.TlsSettings;
import org.tagbench.simulator.Plant;
import org.tagbench.simulator.Role;
import org.tagbench.simulator.Simulator;
import org.tagbench.simulator.SimulatorConfig;
import org.tagbench.tests.support.TempFolders;

/**
 * A WinCC REST simulator over HTTPS on a free port, with users whose passwords are distinctive enough
 * to be searched for in the output, and helpers to run the command line against it. A test class that
 * shares one server registers it on a static field:
 * {@code @RegisterExtension static final TestServer server = TestServer.forClass();}
 */
final class TestServer implements AutoCloseable, BeforeAllCallback, AfterAllCallback {

	static final String READER = "reader";
	static final String OPERATOR = "operator";
	static final String GUEST = "guest";
	static final Map<String, String> PASSWORDS = Map.of(READER, "Reader-Secret-71", OPERATOR, "Operator-Secret-72",
			GUEST, "Guest-Secret-73");

	private final Plant plant;
	private Simulator simulator;
	private Path classDir;

	/** Starts a server of the demo plant now, its state in {@code stateDir}; the caller closes it. */
	TestServer(Path stateDir) {
		this(Plant.demo());
		start(stateDir);
	}

	private TestServer(Plant plant) {
		this.plant = plant;
	}

	/** @return a server of the demo plant that starts before the first test of the class and stops after its last */
	static TestServer forClass() {
		return forClass(Plant.demo());
	}

	/** @return a server of {@code plant} that starts before the first test of the class and stops after its last */
	static TestServer forClass(Plant plant) {
		return new TestServer(plant);
	}

	private void start(Path stateDir) {
		simulator = Simulator.start(SimulatorConfig.builder().port(0).stateDir(stateDir).plant(plant)
				.user(READER, PASSWORDS.get(READER), Role.READ)
				.user(OPERATOR, PASSWORDS.get(OPERATOR), Role.READ, Role.WRITE)
				.user(GUEST, PASSWORDS.get(GUEST)).build());
	}

	@Override
	public void beforeAll(ExtensionContext context) throws IOException {
		classDir = Files.createTempDirectory("tagbench-cli-test");
		start(classDir);
	}

	@Override
	public void afterAll(ExtensionContext context) throws IOException {
		close();
		TempFolders.delete(classDir);
	}

	Simulator simulator() {
		return simulator;
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
