package org.tagbench.ui.benchmarks;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.core.runtime.FileLocator;
import org.tagbench.simulator.Main;
import org.tagbench.tests.support.Wait;

/**
 * The simulator in a JVM of its own ({@code org.tagbench.simulator.Main}, as users start it standalone),
 * so that the workbench's CPU time is the product's alone. Its class path is the simulator bundle and the
 * Jackson bundles it uses, resolved from the running OSGi framework to files.
 */
final class SimulatorProcess implements AutoCloseable {

	private static final String SERVICE = "Service:"; //$NON-NLS-1$
	private static final String CERTIFICATE = "Certificate SHA-256:"; //$NON-NLS-1$

	private final Process process;
	private final String url;
	private final String sha256;

	private SimulatorProcess(Process process, String url, String sha256) {
		this.process = process;
		this.url = url;
		this.sha256 = sha256;
	}

	/**
	 * Starts the simulator with a generated plant ({@code --generate TAGS,GROUPS}) on a free port, its
	 * state and output in {@code dir}, and waits until it prints its service URL and certificate.
	 */
	static SimulatorProcess start(Path dir, int tags, int groups) throws IOException {
		return start(dir, tags + "," + groups); //$NON-NLS-1$
	}

	/**
	 * Starts the simulator like {@link #start(Path, int, int)}, its first group holding {@code firstGroupTags}
	 * ({@code --generate TAGS,GROUPS,FIRST}).
	 */
	static SimulatorProcess start(Path dir, int tags, int groups, int firstGroupTags) throws IOException {
		return start(dir, tags + "," + groups + "," + firstGroupTags); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static SimulatorProcess start(Path dir, String generate) throws IOException {
		Files.createDirectories(dir);
		Path out = dir.resolve("simulator.out"); //$NON-NLS-1$
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		List<String> command = List.of(java, "-Xmx1g", "-cp", classPath(), Main.class.getName(), "--port", "0", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				"--generate", generate, "--state", dir.resolve("state").toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
		try {
			Wait.until("the simulator's certificate line in " + out, Duration.ofSeconds(120), //$NON-NLS-1$
					() -> !process.isAlive() || line(out, CERTIFICATE) != null);
			String sha256 = line(out, CERTIFICATE);
			if (sha256 == null) {
				throw new IOException("the simulator ended: " + Files.readString(out)); //$NON-NLS-1$
			}
			return new SimulatorProcess(process, line(out, SERVICE), sha256);
		} catch (IOException | RuntimeException | AssertionError e) {
			process.destroyForcibly();
			throw e;
		}
	}

	/** @return the service URL, e.g. {@code https://127.0.0.1:40123/WinCCRestService} */
	String url() {
		return url;
	}

	/** @return the fingerprint of the simulator's certificate, to pin */
	String sha256() {
		return sha256;
	}

	/** @return the CPU time the simulator's process has used, in nanoseconds */
	long cpuNanos() {
		return process.toHandle().info().totalCpuDuration().map(Duration::toNanos).orElse(0L).longValue();
	}

	/** Stops the simulator (SIGTERM: it closes cleanly), forcibly when it does not end within 30 s. */
	@Override
	public void close() throws InterruptedException {
		process.destroy();
		if (!process.waitFor(30, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			process.waitFor(30, TimeUnit.SECONDS);
		}
	}

	/** @return the text after {@code prefix} on the first line of the file that starts with it, or null */
	private static String line(Path file, String prefix) {
		try {
			return Files.readAllLines(file).stream().filter(l -> l.startsWith(prefix)).map(l -> l.substring(prefix.length()).trim())
					.findFirst().orElse(null);
		} catch (IOException e) {
			return null;
		}
	}

	/** @return the simulator bundle and the Jackson bundles it loads (core, databind, annotations) as a class path */
	private static String classPath() throws IOException {
		ClassLoader simulator = Main.class.getClassLoader();
		ClassLoader databind;
		try {
			databind = simulator.loadClass("com.fasterxml.jackson.databind.ObjectMapper").getClassLoader(); //$NON-NLS-1$
		} catch (ClassNotFoundException e) {
			throw new IOException("the simulator bundle does not see Jackson", e); //$NON-NLS-1$
		}
		List<String> entries = Stream.of(entry(simulator, Main.class.getName()),
				entry(simulator, "com.fasterxml.jackson.databind.ObjectMapper"), //$NON-NLS-1$
				entry(simulator, "com.fasterxml.jackson.core.JsonParser"), //$NON-NLS-1$
				entry(databind, "com.fasterxml.jackson.annotation.JsonProperty")).distinct().toList(); //$NON-NLS-1$
		return entries.stream().collect(Collectors.joining(File.pathSeparator));
	}

	/** @return the folder or jar the class is loaded from through {@code loader}, resolved from its bundle to a file */
	private static String entry(ClassLoader loader, String className) throws IOException {
		String resource = className.replace('.', '/') + ".class"; //$NON-NLS-1$
		URL found = loader.getResource(resource);
		if (found == null) {
			throw new IOException("no class " + className + " for the simulator's class path"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		String text = FileLocator.resolve(found).toString();
		String root = text.substring(0, text.length() - resource.length());
		if (root.startsWith("jar:")) { //$NON-NLS-1$
			root = root.substring("jar:".length(), root.length() - "!/".length()); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return Path.of(URI.create(root)).toString();
	}
}
