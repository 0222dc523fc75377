package org.tagbench.cli.internal;

import java.io.IOException;

import org.eclipse.osgi.util.NLS;
import org.tagbench.core.client.WinccClient;
import org.tagbench.core.diagnostics.JournalEntry;
import org.tagbench.core.errors.WinccException;

/**
 * A command that talks to one server: parses its arguments, resolves the target, finds the password,
 * connects and runs its {@link Action}. A failure is printed with its meaning and solution, and for an
 * untrusted certificate with the fingerprint to pass to {@code --trust}.
 */
abstract class ConnectedCommand implements Command {

	/** @return the options of this command, besides the connection and output options */
	abstract Options options();

	/**
	 * Checks the arguments and prepares the action; runs before anything is asked or connected.
	 *
	 * @throws CliException when the arguments are wrong
	 * @throws IOException  when reading an input file failed
	 */
	abstract Action prepare(Arguments arguments, CliContext context) throws CliException, IOException;

	@Override
	public final int run(String[] args, CliContext context) throws CliException, IOException {
		Arguments arguments = Arguments.parse(args, Options.CONNECTION.and(Options.OUTPUT).and(options()));
		Action action = prepare(arguments, context);
		Target target = Target.resolve(arguments, context);
		CertificateRecorder recorder = new CertificateRecorder();
		WinccClient client = null;
		try {
			action.approve(target, context);
			client = target.connect(target.password(context), recorder);
			return action.run(client, context);
		} catch (WinccException e) {
			context.out().flush();
			Failures.print(e.error(), context.err());
			recorder.explain(context.err());
			return ExitCode.of(e.error());
		} finally {
			if (client != null) {
				if (arguments.flag("--verbose")) {
					client.journal().entries().forEach(entry -> context.err().println(describe(entry)));
				}
				client.close();
			}
		}
	}

	private static String describe(JournalEntry entry) {
		String outcome = entry.failed() ? entry.error().label() : Integer.toString(entry.status());
		return NLS.bind(Messages.Journal_entry, new Object[] { entry.method(), entry.url(), outcome,
				Long.toString(entry.latencyMs()) });
	}
}
