package org.tagbench.simulator.internal.http;

import java.util.Map;

import org.tagbench.simulator.Faults;
import org.tagbench.simulator.Plant;
import org.tagbench.simulator.SimulatorConfig.User;
import org.tagbench.simulator.Variants;
import org.tagbench.simulator.internal.runtime.Engine;
import org.tagbench.simulator.internal.runtime.TagTable;

/**
 * What the request handlers need from the running simulator.
 */
public interface ServerContext {

    Plant plant();

    TagTable tags();

    Engine engine();

    Variants variants();

    void setVariants(Variants variants);

    Faults faults();

    boolean runtimeRunning();

    void stopRuntime();

    void startRuntime();

    Map<String, User> users();

    String adminUser();

    String adminPassword();

    /** True when served over HTTPS. */
    boolean https();

    String certificateSha256();

    String certificatePem();

    void rotateCertificate();

    String baseUri();
}
