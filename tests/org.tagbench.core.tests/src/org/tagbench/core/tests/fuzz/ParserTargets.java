package org.tagbench.core.tests.fuzz;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.tagbench.core.client.ConnectionSettings;
import org.tagbench.core.errors.WinccErrorKind;
import org.tagbench.core.internal.http.AnswerReader;
import org.tagbench.core.internal.http.ErrorTexts;
import org.tagbench.core.internal.http.FailureClassifier;
import org.tagbench.core.internal.http.Requests;
import org.tagbench.core.internal.json.ArchiveReaders;
import org.tagbench.core.internal.json.ConfigReaders;
import org.tagbench.core.internal.json.ValueReaders;
import org.tagbench.core.internal.json.WriteOutcomes;
import org.tagbench.core.profiles.ConnectionProfile;
import org.tagbench.core.profiles.ProfileFileException;
import org.tagbench.core.profiles.ProfileFormatAccess;
import org.tagbench.core.profiles.ProfileStore;
import org.tagbench.core.profiles.ProfileValidator;

/**
 * Every JSON parser of the core client, each as the production code calls it, with the failure it may
 * signal. An answer reader may fail only with an {@link IOException} that the transport classifies as
 * {@link WinccErrorKind#MALFORMED_ANSWER} (it then becomes a {@code WinccException}); reading a profile
 * file only with {@link ProfileFileException}; extracting the text of an error answer never.
 */
final class ParserTargets {

	/** The part of an error answer the transport reads. */
	private static final int ERROR_PREVIEW = ConnectionSettings.DEFAULT_PREVIEW_LIMIT;
	/** The longest message a typed failure may carry: it is kept in the diagnostics journal. */
	static final int MAX_MESSAGE = 8192;

	/** Parses one input; returns normally, or throws what {@link #typed(Throwable)} accepts. */
	@FunctionalInterface
	interface Parse {
		void run(byte[] input) throws Exception;
	}

	/**
	 * One parser.
	 *
	 * @param name   the corpus prefix of its seeds, e.g. {@code values.bulk}
	 * @param parse  the parser as production calls it
	 * @param answer whether it reads a server answer (else a profile file or an error text)
	 */
	record Target(String name, Parse parse, boolean answer) {

		/** @return whether the failure is the typed error this parser documents */
		boolean typed(Throwable failure) {
			if (answer) {
				return failure instanceof IOException
						&& FailureClassifier.classify(failure, null).kind() == WinccErrorKind.MALFORMED_ANSWER;
			}
			return name.equals("profiles") && failure instanceof ProfileFileException;
		}
	}

	private static final IProgressMonitor MONITOR = new NullProgressMonitor();

	private ParserTargets() {
	}

	/** @param scratch the folder the profile file is said to be in */
	static List<Target> all(Path scratch) {
		return List.of(
				answer("values.one", ValueReaders::values),
				answer("values.bulk", ValueReaders::values),
				answer("write.one", (in, m) -> WriteOutcomes.one(in)),
				answer("write.many", WriteOutcomes::many),
				answers("browse.variables", Requests.pageReader(ConfigReaders::tagConfig),
						Requests.singleReader(ConfigReaders::tagConfig)),
				answer("browse.connections", Requests.pageReader(ConfigReaders::connection)),
				answer("browse.groups", Requests.pageReader(ConfigReaders::group)),
				answers("browse.structureTypes", Requests.pageReader(ConfigReaders::structureType),
						Requests.singleReader(ConfigReaders::structureType)),
				answers("browse.structureVariables", Requests.pageReader(ConfigReaders::structureVariable),
						Requests.listReader(ConfigReaders::structureVariable)),
				answers("archive.list", Requests.pageReader(ConfigReaders::archive),
						Requests.pageReader(ConfigReaders::configItem)),
				answers("archive.variables", Requests.pageReader(o -> ConfigReaders.archiveVariable("A", o)),
						Requests.singleReader(o -> ConfigReaders.archiveVariable(null, o))),
				answer("archive.latest", Requests.singleReader(ValueReaders::sample)),
				answer("archive.valuesBody", (in, m) -> ArchiveReaders.series(in, "ProcessValues")),
				answer("archive.archivePath", (in, m) -> ArchiveReaders.series(in, "ProcessValues")),
				answer("alarm.config", Requests.pageReader(ConfigReaders::configItem)),
				answer("alarm.messages", Requests.listReader(ConfigReaders::alarmMessage)),
				new Target("error.body", ParserTargets::errorText, false),
				new Target("profiles", input -> profiles(input, scratch.resolve("connections.json")), false));
	}

	private static Target answer(String name, AnswerReader<?> reader) {
		return answers(name, reader);
	}

	private static Target answers(String name, AnswerReader<?>... readers) {
		return new Target(name, input -> {
			for (AnswerReader<?> reader : readers) {
				reader.read(stream(input), MONITOR);
			}
		}, true);
	}

	private static InputStream stream(byte[] input) {
		return new ByteArrayInputStream(input);
	}

	/** The transport keeps the start of an error answer and pulls the server's text out of it. */
	private static void errorText(byte[] input) {
		String preview = new String(Arrays.copyOf(input, Math.min(input.length, ERROR_PREVIEW)), StandardCharsets.UTF_8);
		String text = ErrorTexts.extract(preview);
		if (text == null || text.length() > ERROR_PREVIEW + 1) {
			throw new IllegalStateException("error text of " + (text == null ? "null" : text.length() + " characters"));
		}
	}

	/**
	 * Reads the input as {@link ProfileStore#load()} reads a profile file; every profile read must be
	 * checkable, and must save and read again unchanged.
	 */
	private static void profiles(byte[] input, Path file) throws ProfileFileException {
		List<ConnectionProfile> loaded = ProfileFormatAccess.parse(input, file);
		for (ConnectionProfile profile : loaded) {
			ProfileValidator.problems(profile);
		}
		List<ConnectionProfile> again = ProfileFormatAccess.parse(ProfileFormatAccess.write(loaded), file);
		if (!again.equals(loaded)) {
			throw new IllegalStateException("profiles changed on save and load: " + loaded + " became " + again);
		}
	}
}
