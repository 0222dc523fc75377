package org.tagbench.ui.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.tagbench.core.security.CredentialStore;
import org.tagbench.simulator.Simulator;
import org.tagbench.tests.support.TempFolders;
import org.tagbench.ui.internal.handlers.FileChooser;

/**
 * What the UI test classes that talk to a simulator share: a simulator for the class (the demo plant unless
 * told otherwise), a secure storage of their own installed for the workbench, and after each test the
 * simulator's faults cleared and its runtime started, no file chooser answer left, and the test profiles
 * removed with their jobs done. Register it on a static field:
 * {@code @RegisterExtension static final SimulatorSession session = SimulatorSession.demo();}
 */
final class SimulatorSession implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {

	/** Starts the simulator of a class, its state in the folder given. */
	@FunctionalInterface
	interface Starter {
		Simulator start(Path stateDir) throws Exception;
	}

	/** Work after the clean-up of each test, once the profiles are gone. */
	@FunctionalInterface
	interface Step {
		void run() throws Exception;
	}

	private final Starter starter;
	private final Step afterCleanUp;
	private Path dir;
	private Simulator simulator;
	private CredentialStore credentials;

	private SimulatorSession(Starter starter, Step afterCleanUp) {
		this.starter = starter;
		this.afterCleanUp = afterCleanUp;
	}

	/** @return a session with a simulator of the demo plant */
	static SimulatorSession demo() {
		return with(SimulatorFixture::start);
	}

	/** @return a session whose simulator the starter makes */
	static SimulatorSession with(Starter starter) {
		return new SimulatorSession(starter, () -> {
			// nothing more to clean up
		});
	}

	/** @return this session, with work done after each test's clean-up */
	SimulatorSession afterCleanUp(Step step) {
		return new SimulatorSession(starter, step);
	}

	@Override
	public void beforeAll(ExtensionContext context) throws Exception {
		dir = Files.createTempDirectory("tagbench-ui-test");
		simulator = starter.start(dir.resolve("simulator"));
		credentials = TestCredentials.install(dir.resolve("storage"));
	}

	@Override
	public void afterEach(ExtensionContext context) throws Exception {
		simulator.faults().clear();
		simulator.startRuntime();
		FileChooser.use(null);
		Profiles.cleanUp();
		afterCleanUp.run();
	}

	@Override
	public void afterAll(ExtensionContext context) throws IOException {
		simulator.close();
		TempFolders.delete(dir);
	}

	/** @return the simulator of the class */
	Simulator simulator() {
		return simulator;
	}

	/** @return the credential store the workbench uses during the class */
	CredentialStore credentials() {
		return credentials;
	}
}
