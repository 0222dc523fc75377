package org.tagbench.ui.internal.demo;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.FrameworkUtil;
import org.tagbench.core.errors.WinccError;
import org.tagbench.core.errors.WinccErrorKind;
import org.tagbench.core.errors.WinccException;
import org.tagbench.core.profiles.ConnectionProfile;
import org.tagbench.simulator.Simulator;
import org.tagbench.simulator.SimulatorConfig;
import org.tagbench.ui.internal.Messages;

/**
 * The WinCC REST simulator that runs inside the workbench for the Demo project. Started on demand when a
 * profile marked as embedded connects, on the port of its URL; stopped when the workbench closes. Its
 * certificate is kept in the UI bundle's state folder, so a pin made once stays valid.
 */
public final class EmbeddedSimulator {

	/** The profile field that marks a profile as pointing at the embedded simulator. */
	public static final String PROFILE_FIELD = "simulator"; //$NON-NLS-1$
	/** The value of {@link #PROFILE_FIELD} for the embedded simulator. */
	public static final String EMBEDDED = "embedded"; //$NON-NLS-1$
	/** The port of the Demo profile: next to WinCC's usual 34568, so a standalone simulator does not collide. */
	public static final int DEFAULT_DEMO_PORT = 34590;
	/** The system property that moves the Demo profile to another port ({@code -Dtagbench.demo.port=N}). */
	public static final String PORT_PROPERTY = "tagbench.demo.port"; //$NON-NLS-1$
	/** The simulator's built-in account with read and write access. */
	public static final String USER = "operator"; //$NON-NLS-1$
	/** The password of {@link #USER}: a well-known demo value, not a secret, so it is never stored. */
	public static final String PASSWORD = "operator"; //$NON-NLS-1$

	private static Simulator running;

	private EmbeddedSimulator() {
	}

	/** @return the Demo port: {@value #PORT_PROPERTY} if set to a port number, else {@value #DEFAULT_DEMO_PORT} */
	public static int demoPort() {
		Integer port = Integer.getInteger(PORT_PROPERTY);
		return port != null && port > 0 && port < 65536 ? port : DEFAULT_DEMO_PORT;
	}

	/** @return whether the profile points at the embedded simulator */
	public static boolean isEmbedded(ConnectionProfile profile) {
		return EMBEDDED.equals(profile.extra().get(PROFILE_FIELD));
	}

	/** Starts the embedded simulator if the profile points at it and it is not running yet. */
	public static void startIfEmbedded(ConnectionProfile profile) throws WinccException {
		if (isEmbedded(profile)) {
			int port = profile.baseUri().getPort();
			start(port < 0 ? demoPort() : port);
		}
	}

	/**
	 * Starts the simulator on {@code port} unless it runs already.
	 *
	 * @return the running simulator
	 * @throws WinccException of kind CONFIGURATION when the port is taken
	 */
	public static synchronized Simulator start(int port) throws WinccException {
		if (running != null && running.port() == port) {
			return running;
		}
		stop();
		try {
			running = Simulator.start(SimulatorConfig.builder().port(port).stateDir(stateDir()).build());
			return running;
		} catch (UncheckedIOException | IllegalStateException e) {
			throw new WinccException(new WinccError(WinccErrorKind.CONFIGURATION, 0,
					NLS.bind(Messages.EmbeddedSimulator_cannotStart, Integer.toString(port)),
					Messages.EmbeddedSimulator_cannotStartSolution, e.getMessage()), e);
		}
	}

	/** @return the running embedded simulator, if any */
	public static synchronized Optional<Simulator> running() {
		return Optional.ofNullable(running);
	}

	/** Stops the embedded simulator, if running. */
	public static synchronized void stop() {
		if (running != null) {
			running.close();
			running = null;
		}
	}

	private static Path stateDir() {
		return Platform.getStateLocation(FrameworkUtil.getBundle(EmbeddedSimulator.class)).toPath().resolve("simulator"); //$NON-NLS-1$
	}
}
