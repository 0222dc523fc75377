package org.tagbench.cli.internal;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.tagbench.core.client.ConnectionSettings;
import org.tagbench.core.client.WinccClient;
import org.tagbench.core.errors.WinccException;
import org.tagbench.core.profiles.ConnectionProfile;
import org.tagbench.core.profiles.ProfileFileException;
import org.tagbench.core.profiles.ProfileSnapshot;
import org.tagbench.core.profiles.ProfileStore;
import org.tagbench.core.profiles.ProfileValidator;
import org.tagbench.core.profiles.TlsMode;
import org.tagbench.core.profiles.TlsSettings;
import org.tagbench.core.security.CertificateTrustHandler;
import org.tagbench.core.security.CredentialStore;
import org.tagbench.core.security.CredentialStoreException;

/**
 * The server a command talks to: a profile of a project ({@code --project DIR --profile NAME}) or one
 * made from {@code --url URL --user NAME}, with the TLS choice of the command line applied.
 */
final class Target {

	/** The environment variable the password is read from unless {@code --password-env} names another. */
	static final String PASSWORD_VARIABLE = "TAGBENCH_PASSWORD";

	private static final int MILLIS_PER_SECOND = 1000;

	private final ConnectionProfile profile;
	private final Path caBaseDir;
	private final boolean stored;
	private final String passwordVariable;

	private Target(ConnectionProfile profile, Path caBaseDir, boolean stored, String passwordVariable) {
		this.profile = profile;
		this.caBaseDir = caBaseDir;
		this.stored = stored;
		this.passwordVariable = passwordVariable;
	}

	/**
	 * Finds the profile the options name and applies {@code --user}, {@code --trust}, {@code --ca},
	 * {@code --insecure} and {@code --timeout}. Warns on the error stream when the connection is plain HTTP.
	 *
	 * @throws CliException when the options do not name a usable profile
	 */
	static Target resolve(Arguments arguments, CliContext context) throws CliException {
		String url = arguments.value("--url");
		ConnectionProfile.Builder builder;
		Path baseDir;
		boolean stored = url == null;
		if (url != null) {
			if (arguments.value("--profile") != null || arguments.value("--project") != null) {
				throw new UsageException(Messages.Target_urlOrProfile);
			}
			builder = ConnectionProfile.builder().name(Messages.Target_commandLineProfile).url(url)
					.user(arguments.required("--user"));
			baseDir = Path.of("").toAbsolutePath();
		} else {
			ProfileStore store = ProfileStore.forProject(projectDir(arguments));
			builder = find(load(store, arguments, context), store, arguments.value("--profile")).toBuilder();
			baseDir = store.baseDirectory();
			if (arguments.value("--user") != null) {
				builder.user(arguments.value("--user"));
			}
		}
		ConnectionProfile profile = applyTls(builder.build(), arguments);
		if (arguments.value("--timeout") != null) {
			profile = profile.toBuilder()
					.responseTimeoutMs(arguments.number("--timeout", 0, 1) * MILLIS_PER_SECOND).build();
		}
		List<String> problems = ProfileValidator.problems(profile);
		if (!problems.isEmpty()) {
			throw new UsageException(NLS.bind(Messages.Target_profileUnusable, profile.name(), String.join(" ", problems)));
		}
		if (profile.isPlainHttp()) {
			context.err().println(NLS.bind(Messages.Target_plainHttpWarning, profile.url()));
		}
		String variable = arguments.value("--password-env");
		return new Target(profile, baseDir, stored, variable == null ? PASSWORD_VARIABLE : variable);
	}

	static Path projectDir(Arguments arguments) {
		String project = arguments.value("--project");
		return Path.of(project == null ? "" : project).toAbsolutePath();
	}

	/**
	 * @return the profiles of the project
	 * @throws CliException when the project has no profile file ({@link ExitCode#NOT_FOUND} for a project
	 *                      named with {@code --project}, a usage error for the current folder) or the file
	 *                      is unusable
	 */
	static ProfileSnapshot load(ProfileStore store, Arguments arguments, CliContext context) throws CliException {
		ProfileSnapshot snapshot;
		try {
			snapshot = store.load();
		} catch (ProfileFileException e) {
			throw new UsageException(e.getMessage());
		}
		if (snapshot.contentHash() == null) {
			String message = NLS.bind(Messages.Target_noProfileFile, store.file());
			throw arguments.value("--project") == null ? new UsageException(message)
					: new CliException(ExitCode.NOT_FOUND, message);
		}
		snapshot.warnings().forEach(w -> context.err().println(NLS.bind(Messages.Target_profileWarning, w)));
		return snapshot;
	}

	private static ConnectionProfile find(ProfileSnapshot snapshot, ProfileStore store, String name) throws CliException {
		List<ConnectionProfile> profiles = snapshot.profiles();
		String names = profiles.stream().map(ConnectionProfile::name).collect(Collectors.joining(", "));
		if (name == null) {
			if (profiles.size() == 1) {
				return profiles.get(0);
			}
			throw new UsageException(NLS.bind(Messages.Target_chooseProfile,
					new Object[] { store.file(), Integer.valueOf(profiles.size()), names }));
		}
		Optional<ConnectionProfile> found = snapshot.findByName(name).or(() -> snapshot.find(name));
		return found.orElseThrow(() -> new CliException(ExitCode.NOT_FOUND,
				NLS.bind(Messages.Target_noSuchProfile, new Object[] { name, store.file(), names })));
	}

	private static ConnectionProfile applyTls(ConnectionProfile profile, Arguments arguments) throws UsageException {
		String trust = arguments.value("--trust");
		String ca = arguments.value("--ca");
		boolean insecure = arguments.flag("--insecure");
		int chosen = (trust != null ? 1 : 0) + (ca != null ? 1 : 0) + (insecure ? 1 : 0);
		if (chosen > 1) {
			throw new UsageException(Messages.Target_oneTlsChoice);
		}
		boolean plainUrl = "http".equals(scheme(profile.url()));
		if (insecure) {
			if (!plainUrl) {
				throw new UsageException(NLS.bind(Messages.Target_insecureNeedsHttp, profile.url()));
			}
			return profile.toBuilder().tls(TlsSettings.plainHttp()).build();
		}
		if (plainUrl && profile.tls().mode() != TlsMode.PLAIN_HTTP) {
			throw new UsageException(NLS.bind(Messages.Target_httpNeedsInsecure, profile.url()));
		}
		if (trust != null) {
			String fingerprint = TlsSettings.normalizeFingerprint(trust);
			if (fingerprint == null || !fingerprint.matches("[0-9a-f]{64}")) {
				throw new UsageException(NLS.bind(Messages.Target_badFingerprint, trust));
			}
			return profile.toBuilder().tls(TlsSettings.pinned(fingerprint)).build();
		}
		if (ca != null) {
			return profile.toBuilder().tls(TlsSettings.customCa(Path.of(ca).toAbsolutePath().toString())).build();
		}
		return profile;
	}

	private static String scheme(String url) {
		try {
			String scheme = URI.create(url.trim()).getScheme();
			return scheme == null ? "" : scheme.toLowerCase(Locale.ROOT);
		} catch (IllegalArgumentException e) {
			return "";
		}
	}

	ConnectionProfile profile() {
		return profile;
	}

	/**
	 * Finds the password: the environment variable, then (for a project profile) the workbench's secure
	 * storage, then a prompt on the terminal.
	 *
	 * @throws CliException with {@link ExitCode#AUTHENTICATION} when there is none
	 */
	Password password(CliContext context) throws CliException {
		String fromEnvironment = context.environment().apply(passwordVariable);
		if (fromEnvironment != null) {
			return new Password(fromEnvironment, NLS.bind(Messages.Target_passwordFromEnvironment, passwordVariable));
		}
		if (profile.user().isEmpty()) {
			return new Password("", Messages.Target_passwordNone);
		}
		Optional<String> fromStorage = stored ? storedPassword(context) : Optional.empty();
		if (fromStorage.isPresent()) {
			return new Password(fromStorage.get(), Messages.Target_passwordFromStorage);
		}
		if (context.terminal().interactive()) {
			char[] typed = context.terminal()
					.readPassword(NLS.bind(Messages.Target_passwordPrompt, profile.user(), profile.url()));
			if (typed != null) {
				return new Password(new String(typed), Messages.Target_passwordFromPrompt);
			}
		}
		throw new CliException(ExitCode.AUTHENTICATION,
				NLS.bind(Messages.Target_noPassword, profile.user(), passwordVariable));
	}

	private Optional<String> storedPassword(CliContext context) {
		CredentialStore store = context.credentials().get();
		if (store == null) {
			return Optional.empty();
		}
		try {
			return store.getPassword(profile.id());
		} catch (CredentialStoreException e) {
			context.err().println(NLS.bind(Messages.Target_storageUnusable, e.getMessage()));
			return Optional.empty();
		}
	}

	/** Opens a client with the password found by {@link #password(CliContext)}. */
	WinccClient connect(Password password, CertificateTrustHandler trust) throws WinccException {
		return WinccClient.open(ConnectionSettings.of(profile, password.value()).withTrustHandler(trust)
				.withCaBaseDir(caBaseDir));
	}
}
