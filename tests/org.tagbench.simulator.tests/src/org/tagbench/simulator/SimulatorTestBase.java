package org.tagbench.simulator;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts a simulator on a free port over HTTPS with {@link TestPlants#small()} and the default
 * users, and stops it after each test.
 */
abstract class SimulatorTestBase {

    @TempDir
    Path stateDir;

    Simulator simulator;
    TestClient client;

    @BeforeEach
    void startSimulator() {
        simulator = Simulator.start(configure(SimulatorConfig.builder().stateDir(stateDir).plant(TestPlants.small())).build());
        client = new TestClient(simulator);
    }

    /** Lets a test class change the configuration. */
    SimulatorConfig.Builder configure(SimulatorConfig.Builder builder) {
        return builder;
    }

    @AfterEach
    void stopSimulator() {
        if (simulator != null) {
            simulator.close();
        }
    }
}
