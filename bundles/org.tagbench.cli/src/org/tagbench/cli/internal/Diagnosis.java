package org.tagbench.cli.internal;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.osgi.util.NLS;
import org.tagbench.core.client.AlarmConfigList;
import org.tagbench.core.client.WinccClient;
import org.tagbench.core.errors.ErrorCatalog;
import org.tagbench.core.errors.WinccError;
import org.tagbench.core.errors.WinccErrorKind;
import org.tagbench.core.errors.WinccException;
import org.tagbench.core.model.Page;
import org.tagbench.core.model.TagConfig;
import org.tagbench.core.model.TagValue;
import org.tagbench.core.profiles.ConnectionProfile;
import org.tagbench.core.profiles.TlsSettings;
import org.tagbench.core.security.Fingerprints;

/**
 * The steps of {@code tagbench diagnose}, from the profile to the optional APIs. Each step is reported as
 * soon as it is done; after a failed step the remaining ones are skipped. The optional APIs (tag
 * configuration, archives, alarms) only warn: many servers lack some of them.
 */
final class Diagnosis {

	private static final int HTTPS_PORT = 443;
	private static final int HTTP_PORT = 80;

	private final Target target;
	private final CliContext context;
	private final String tag;
	private final Consumer<Step> report;
	private final CertificateRecorder recorder = new CertificateRecorder();
	private final NullProgressMonitor monitor = new NullProgressMonitor();
	private int reported;
	private int exitCode = ExitCode.OK;

	/**
	 * @param tag    the tag to read, or null to read the first tag the server lists
	 * @param report receives each step when it is done
	 */
	Diagnosis(Target target, CliContext context, String tag, Consumer<Step> report) {
		this.target = target;
		this.context = context;
		this.tag = tag;
		this.report = report;
	}

	CertificateRecorder recorder() {
		return recorder;
	}

	/** @return the exit code of the first failed step, or {@link ExitCode#OK} */
	int run() {
		ConnectionProfile profile = target.profile();
		URI uri = profile.baseUri();
		report(Step.ok(Messages.Diagnose_profile,
				NLS.bind(Messages.Diagnose_profileDetail, new Object[] { profile.name(), profile.url(), profile.user() })));
		Password password = password();
		InetAddress address = password == null ? null : resolve(uri.getHost());
		if (address != null && connect(address, port(uri), profile.connectTimeoutMs())) {
			try (WinccClient client = target.connect(password, recorder)) {
				converse(client);
			} catch (WinccException e) {
				report(Step.failed(Messages.Diagnose_tls, e.error()));
			}
		}
		skipRest();
		return exitCode;
	}

	private void report(Step step) {
		report.accept(step);
		reported++;
		if (step.failed() && exitCode == ExitCode.OK) {
			exitCode = step.exitCode();
		}
	}

	/** Reports the steps not done, after a failure, as skipped. */
	private void skipRest() {
		List<String> titles = titles();
		while (reported < titles.size()) {
			report(Step.skipped(titles.get(reported), ""));
		}
	}

	/** @return the titles of all steps, in order */
	static List<String> titles() {
		return List.of(Messages.Diagnose_profile, Messages.Diagnose_password, Messages.Diagnose_host,
				Messages.Diagnose_tcp, Messages.Diagnose_tls, Messages.Diagnose_login, Messages.Diagnose_read,
				Messages.Diagnose_configuration, Messages.Diagnose_archives, Messages.Diagnose_alarms);
	}

	private Password password() {
		try {
			Password password = target.password(context);
			report(Step.ok(Messages.Diagnose_password, password.source()));
			return password;
		} catch (CliException e) {
			report(new Step(Messages.Diagnose_password, Step.Result.FAILED, "", e.getMessage(), "", e.exitCode()));
			return null;
		}
	}

	private InetAddress resolve(String host) {
		try {
			InetAddress[] addresses = InetAddress.getAllByName(host);
			report(Step.ok(Messages.Diagnose_host, host + " -> " + Arrays.stream(addresses)
					.map(InetAddress::getHostAddress).collect(Collectors.joining(", "))));
			return addresses[0];
		} catch (UnknownHostException e) {
			report(Step.failed(Messages.Diagnose_host, ErrorCatalog.forKind(WinccErrorKind.UNKNOWN_HOST, host)));
			return null;
		}
	}

	private boolean connect(InetAddress address, int port, int timeoutMs) {
		String where = address.getHostAddress() + ":" + port;
		long start = System.nanoTime();
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(address, port), timeoutMs);
			long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
			report(Step.ok(Messages.Diagnose_tcp, NLS.bind(Messages.Diagnose_tcpDetail, where, Long.toString(millis))));
			return true;
		} catch (SocketTimeoutException e) {
			report(Step.failed(Messages.Diagnose_tcp, ErrorCatalog.forKind(WinccErrorKind.CONNECT_TIMEOUT, where)));
		} catch (ConnectException e) {
			report(Step.failed(Messages.Diagnose_tcp, ErrorCatalog.forKind(WinccErrorKind.CONNECTION_REFUSED, where)));
		} catch (IOException e) {
			report(Step.failed(Messages.Diagnose_tcp,
					ErrorCatalog.forKind(WinccErrorKind.CONNECTION_REFUSED, where + ": " + e.getMessage())));
		}
		return false;
	}

	/** The steps that need the client: TLS, login, a value, the optional APIs. */
	private void converse(WinccClient client) {
		Page<TagConfig> firstTags = null;
		WinccError loginError = null;
		try {
			firstTags = client.browse().listVariables(null, 1, monitor);
		} catch (WinccException e) {
			loginError = e.error();
		}
		if (loginError != null && loginError.kind() != WinccErrorKind.HTTP_STATUS) {
			report(Step.failed(Messages.Diagnose_tls, loginError));
			return;
		}
		report(client.isPlainHttp() ? new Step(Messages.Diagnose_tls, Step.Result.WARNING, Messages.Diagnose_plainHttp,
				Messages.Diagnose_plainHttpMeaning, Messages.Diagnose_plainHttpSolution, ExitCode.OK)
				: Step.ok(Messages.Diagnose_tls, tls(client.profile().tls())));
		int status = loginError == null ? 200 : loginError.status();
		if (status == 401 || status == 403 || status >= 500) {
			report(Step.failed(Messages.Diagnose_login, loginError));
			return;
		}
		report(Step.ok(Messages.Diagnose_login, NLS.bind(Messages.Diagnose_loginDetail, client.profile().user(),
				Integer.toString(status))));
		String readTag = tag != null ? tag
				: firstTags != null && !firstTags.items().isEmpty() ? firstTags.items().get(0).name() : null;
		if (!readValue(client, readTag)) {
			return;
		}
		if (loginError == null) {
			report(Step.ok(Messages.Diagnose_configuration, Messages.Diagnose_available));
		} else {
			report(Step.warning(Messages.Diagnose_configuration, loginError));
		}
		optional(Messages.Diagnose_archives, () -> client.archives().listArchives(null, 1, monitor));
		optional(Messages.Diagnose_alarms,
				() -> client.alarms().listConfig(AlarmConfigList.MESSAGE_CLASSES, null, 1, null, monitor));
	}

	private boolean readValue(WinccClient client, String name) {
		if (name == null) {
			report(Step.skipped(Messages.Diagnose_read, Messages.Diagnose_noTag));
			return true;
		}
		try {
			TagValue value = client.values().read(List.of(name), monitor).values().values().iterator().next();
			if (value.isOk()) {
				report(Step.ok(Messages.Diagnose_read, NLS.bind(Messages.Diagnose_readDetail,
						new Object[] { value.name(), Cells.text(value.value()), Cells.text(ReadCommand.quality(value.quality())) })));
				return true;
			}
			WinccError error = value.failure() != null ? value.failure()
					: ErrorCatalog.forKind(WinccErrorKind.ITEM_ERROR, NLS.bind(Messages.Diagnose_itemError,
							new Object[] { value.name(), value.status(), value.errorText() }));
			report(Step.failed(Messages.Diagnose_read, error));
		} catch (WinccException e) {
			report(Step.failed(Messages.Diagnose_read, e.error()));
		}
		return false;
	}

	/** A request to an API that older servers or restricted users lack. */
	@FunctionalInterface
	private interface Probe {
		void run() throws WinccException;
	}

	private void optional(String title, Probe probe) {
		try {
			probe.run();
			report(Step.ok(title, Messages.Diagnose_available));
		} catch (WinccException e) {
			report(Step.warning(title, e.error()));
		}
	}

	private static int port(URI uri) {
		if (uri.getPort() > 0) {
			return uri.getPort();
		}
		return "http".equalsIgnoreCase(uri.getScheme()) ? HTTP_PORT : HTTPS_PORT;
	}

	private static String tls(TlsSettings tls) {
		return switch (tls.mode()) {
			case VERIFY -> Messages.Diagnose_tlsVerify;
			case PIN -> NLS.bind(Messages.Diagnose_tlsPin, Fingerprints.display(tls.pinnedSha256()));
			case CUSTOM_CA -> NLS.bind(Messages.Diagnose_tlsCa, tls.caFile());
			case PLAIN_HTTP -> Messages.Diagnose_plainHttp;
		};
	}
}
