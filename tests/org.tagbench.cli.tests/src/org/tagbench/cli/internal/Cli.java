package org.tagbench.cli.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.tagbench.core.security.CredentialStore;

/** Runs the command line in a context the test controls: environment, standard input, terminal, storage. */
final class Cli {

	private final Map<String, String> environment = new HashMap<>();
	private String input = "";
	private Terminal terminal = Terminal.NONE;
	private CredentialStore credentials;
	private Lifetime lifetime = Runnable::run;

	Cli env(String name, String value) {
		environment.put(name, value);
		return this;
	}

	Cli stdin(String text) {
		input = text;
		return this;
	}

	Cli terminal(Terminal value) {
		terminal = value;
		return this;
	}

	Cli credentials(CredentialStore value) {
		credentials = value;
		return this;
	}

	Cli lifetime(Lifetime value) {
		lifetime = value;
		return this;
	}

	Result run(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
		PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
		CliContext context = new CliContext(outStream, errStream,
				new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), terminal, environment::get,
				() -> credentials, lifetime);
		int exitCode = CliApplication.run(args, context);
		return new Result(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}
}
