package org.tagbench.core.soak;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.tagbench.core.client.ConnectionSettings;
import org.tagbench.core.client.WinccClient;
import org.tagbench.core.diagnostics.DiagnosticsJournal;
import org.tagbench.core.errors.WinccException;
import org.tagbench.core.model.Page;
import org.tagbench.core.model.TagConfig;
import org.tagbench.core.profiles.ConnectionProfile;
import org.tagbench.core.profiles.TlsSettings;

/**
 * The soak of {@code releng/soak.sh}: lists the tags of a running simulator, then runs {@link Soak} with a
 * profile per connection (the defaults a new profile gets unless a batch size is given, certificate pinned,
 * user reader) and one
 * diagnostics journal of the default size for all, as the workbench has. Exits 0 on PASS, 1 on FAIL.
 *
 * Usage: SoakMain URL SHA256 MINUTES CONNECTIONS TAGS_PER_CONNECTION [BATCH_SIZE]
 */
public final class SoakMain {

	private SoakMain() {
	}

	public static void main(String[] args) throws Exception {
		String url = args[0];
		String sha256 = args[1];
		int batch = args.length > 5 ? Integer.parseInt(args[5]) : ConnectionProfile.DEFAULT_BATCH_SIZE;
		Soak.Settings settings = new Soak.Settings(Integer.parseInt(args[3]), Integer.parseInt(args[4]),
				Duration.ofSeconds(1), Duration.ofMinutes(Integer.parseInt(args[2])), Duration.ofMinutes(1));
		DiagnosticsJournal journal = new DiagnosticsJournal();
		List<String> names;
		try (WinccClient client = WinccClient.open(ConnectionSettings.of(profile(url, sha256, "browse", batch), "reader"))) {
			names = names(client, settings.connections() * settings.tagsPerConnection());
		}
		System.out.printf("soak: %d connections x %d tags, polled every %d s for %d min, batch %d, %d in flight%n",
				Integer.valueOf(settings.connections()), Integer.valueOf(settings.tagsPerConnection()),
				Long.valueOf(settings.interval().toSeconds()), Long.valueOf(settings.duration().toMinutes()),
				Integer.valueOf(batch), Integer.valueOf(ConnectionProfile.DEFAULT_MAX_IN_FLIGHT));
		Soak.Report report = Soak.run(settings, i -> WinccClient.open(
				ConnectionSettings.of(profile(url, sha256, "soak-" + i, batch), "reader").withJournal(journal)), names, System.out);
		System.exit(report.passed() ? 0 : 1);
	}

	private static ConnectionProfile profile(String url, String sha256, String name, int batch) {
		return ConnectionProfile.builder().name(name).url(url).user("reader").tls(TlsSettings.pinned(sha256))
				.batchSize(batch).build();
	}

	private static List<String> names(WinccClient client, int count) throws WinccException {
		List<String> names = new ArrayList<>(count);
		String next = null;
		do {
			Page<TagConfig> page = client.browse().listVariables(next, 1000, new NullProgressMonitor());
			page.items().forEach(tag -> names.add(tag.name()));
			next = page.hasMore() ? page.continuationPoint() : null;
		} while (next != null && names.size() < count);
		return names;
	}
}
