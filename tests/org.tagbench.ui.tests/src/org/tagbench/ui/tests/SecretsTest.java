package org.tagbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.core.diagnostics.CurlCommand;
import org.tagbench.core.diagnostics.JournalEntry;
import org.tagbench.core.diagnostics.JournalExport;
import org.tagbench.core.model.WriteResult;
import org.tagbench.core.profiles.ConnectionProfile;
import org.tagbench.core.profiles.ProfileStore;
import org.tagbench.simulator.Role;
import org.tagbench.simulator.Simulator;
import org.tagbench.simulator.SimulatorConfig;
import org.tagbench.tests.support.Jobs;
import org.tagbench.tests.support.ModalDialogs;
import org.tagbench.tests.support.UiWait;
import org.tagbench.tests.support.WidgetDriver;
import org.tagbench.ui.internal.connections.ConnectionManager;
import org.tagbench.ui.internal.handlers.Connecting;
import org.tagbench.ui.internal.jobs.TagbenchJobs;
import org.tagbench.ui.internal.nodes.ProfileNode;

/**
 * Nothing that Tagbench writes or keeps holds a password: a scripted session (a profile with a password
 * in secure storage, a failed and a good connection, a write, the diagnostics and profile exports, curl
 * copies) leaves no trace of the passwords or of the Basic credentials in the workspace, the projects,
 * the log, the secure storage file, the exports or the journal.
 */
class SecretsTest {

	private static final String USER = "leaktest";
	private static final String PASSWORD = "Uniq-P4ss-9x7Q";
	private static final String WRONG_PASSWORD = "Wr0ng-Pw-k3Zt";

	@TempDir
	static Path dir;
	@RegisterExtension
	static final SimulatorSession session = SimulatorSession.with(dir -> Simulator.start(
			SimulatorConfig.builder().port(0).stateDir(dir).user(USER, PASSWORD, Role.READ, Role.WRITE).build()));

	@Test
	void noPasswordLeavesATrace() throws Exception {
		ConnectionManager manager = ConnectionManager.getDefault();
		manager.journal().clear();
		ConnectionProfile profile = Profiles.forSimulator(session.simulator(), "Secrets", USER);
		ProfileNode node = Profiles.add(Profiles.project("Secrets"), profile);
		manager.credentials().putPassword(profile.id(), PASSWORD);

		Shell window = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		StringBuilder shown = new StringBuilder();
		ModalDialogs.Handled errorDialog = ModalDialogs.whenShellOpens(shell -> shell != window, Duration.ofSeconds(20),
				shell -> new WidgetDriver(shell).findAll(control -> control instanceof Label || control instanceof Text)
						.forEach(control -> shown.append(control instanceof Label label ? label.getText()
								: ((Text) control).getText()).append('\n')));
		Connecting.connect(node, WRONG_PASSWORD);
		Jobs.join(TagbenchJobs.FAMILY, Profiles.JOBS);
		UiWait.drain();
		errorDialog.stop();
		assertTrue(manager.session(node).isEmpty(), "the wrong password does not connect");
		Connecting.connect(node, PASSWORD);
		Jobs.join(TagbenchJobs.FAMILY, Profiles.JOBS);
		UiWait.until("the connection", () -> manager.session(node).isPresent());
		List<WriteResult> written = new ArrayList<>();
		Thread writer = new Thread(() -> {
			try {
				written.add(manager.session(node).orElseThrow().client().values().write("System_PlantMode", 3L,
						new NullProgressMonitor()));
			} catch (Exception e) {
				throw new IllegalStateException(e);
			}
		});
		writer.start();
		UiWait.until("the write", () -> !writer.isAlive());
		assertEquals(1, written.size());
		assertTrue(written.get(0).isVerified(), "the write went through: " + written.get(0));

		List<JournalEntry> entries = manager.journal().entries();
		assertTrue(entries.stream().anyMatch(entry -> entry.status() == 401), "the failed login is in the journal");
		Path exports = Files.createDirectories(dir.resolve("exports"));
		try (OutputStream json = Files.newOutputStream(exports.resolve("journal.json"))) {
			JournalExport.toJson(entries, json);
		}
		try (Writer csv = Files.newBufferedWriter(exports.resolve("journal.csv"))) {
			JournalExport.toCsv(entries, csv);
		}
		Files.writeString(exports.resolve("curl.txt"),
				String.join("\n", entries.stream().map(CurlCommand::of).toList()));
		ProfileStore.exportTo(exports.resolve("profiles.json"), List.of(node.profile()));
		ResourcesPlugin.getWorkspace().save(true, new NullProgressMonitor());

		List<String> secrets = List.of(PASSWORD, WRONG_PASSWORD,
				Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)),
				Base64.getEncoder().encodeToString((USER + ":" + WRONG_PASSWORD).getBytes(StandardCharsets.UTF_8)));
		List<String> hits = new ArrayList<>();
		List<Path> scanned = new ArrayList<>();
		for (Path root : List.of(ResourcesPlugin.getWorkspace().getRoot().getLocation().toPath(),
				Platform.getLogFileLocation().toPath().getParent(), exports, dir.resolve("storage"))) {
			hits.addAll(scan(root, secrets, scanned));
		}
		assertTrue(scanned.contains(node.file().path()), "the project's profile file was searched: " + scanned);
		assertTrue(scanned.contains(Platform.getLogFileLocation().toPath()), "the workspace log was searched");
		assertTrue(scanned.contains(exports.resolve("journal.json")), "the exports were searched");
		for (JournalEntry entry : entries) {
			String text = entry + " " + entry.requestHeaders() + " " + entry.requestPreview() + " "
					+ entry.responsePreview() + " " + CurlCommand.of(entry);
			secrets.stream().filter(text::contains).forEach(secret -> hits.add("journal entry " + entry.url()));
		}
		secrets.stream().filter(shown.toString()::contains).forEach(secret -> hits.add("the error dialog"));
		assertTrue(hits.isEmpty(), "passwords or credentials found in: " + hits);
		assertTrue(Files.readString(exports.resolve("curl.txt")).contains(CurlCommand.REDACTED),
				"curl copies say where the credentials go, redacted");
	}

	private static List<String> scan(Path root, List<String> secrets, List<Path> scanned) throws IOException {
		List<String> hits = new ArrayList<>();
		if (!Files.isDirectory(root)) {
			return hits;
		}
		try (Stream<Path> files = Files.walk(root)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				scanned.add(file);
				String content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
				for (String secret : secrets) {
					if (content.contains(secret)) {
						hits.add(file + " holds secret #" + secrets.indexOf(secret));
					}
				}
			}
		}
		return hits;
	}
}
