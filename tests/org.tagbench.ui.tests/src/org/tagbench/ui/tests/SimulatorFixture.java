package org.tagbench.ui.tests;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;

import org.tagbench.simulator.Simulator;
import org.tagbench.simulator.SimulatorConfig;

/** A simulator for one test class, on a free port, with its certificate in a temporary folder. */
final class SimulatorFixture {

	private SimulatorFixture() {
	}

	static Simulator start(Path stateDir) {
		return Simulator.start(SimulatorConfig.builder().port(0).stateDir(stateDir).build());
	}

	/** @return a port nothing listens on (taken, then freed) */
	static int closedPort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}
}
