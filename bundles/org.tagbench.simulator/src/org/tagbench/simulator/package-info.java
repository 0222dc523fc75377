/**
 * A WinCC REST runtime simulator: {@code /WinCCRestService} as described in the project's API
 * notes, with a tag database, value dynamics, archives, alarms, Basic authentication, HTTPS with a
 * persisted self-signed certificate, and fault injection through an admin endpoint.
 * <p>
 * Start one with {@link org.tagbench.simulator.Simulator#start(SimulatorConfig)}, or standalone
 * with {@link org.tagbench.simulator.Main}.
 * <p>
 * <b>Why the JDK's built-in HTTP server</b> ({@code com.sun.net.httpserver}, module
 * {@code jdk.httpserver}) rather than Jetty: it is part of every full JDK and JRE image, so the simulator adds no dependency beyond Jackson and embeds the same way
 * in an OSGi runtime, in {@code java -jar} and in plain JUnit; it supports HTTPS (with a
 * swappable {@code SSLContext} for certificate rotation), keep-alive and a caller-supplied
 * executor, which we bound. Its limits (no HTTP/2, one selector thread) do not matter for a
 * simulator whose measured throughput is far above the 20,000 values/s our benchmarks need (see
 * the README). It gives direct control of the raw response stream, which the fault injection
 * (truncated bodies, dropped connections, slow drip) needs.
 */
package org.tagbench.simulator;
