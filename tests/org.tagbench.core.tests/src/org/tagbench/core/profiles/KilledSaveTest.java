package org.tagbench.core.profiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.osgi.util.NLS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A process saving profiles is killed with SIGKILL at random moments, again and again: the file is always
 * there, parses, and holds either the last round the process reported saved or the one it was saving;
 * temporary files a killed save left are ignored by loading and removed by the next save. Runs
 * {@value #DEFAULT_KILLS} kills; {@code -Dtagbench.killedSaves=N} runs more.
 */
class KilledSaveTest {

	private static final int DEFAULT_KILLS = 100;
	private static final int MAX_KILL_DELAY_MS = 40;
	private static final String SAVED = "saved ";

	@TempDir
	Path project;

	@Test
	void killedSavesNeverLeaveACorruptOrMissingFile() throws Exception {
		int kills = Integer.getInteger("tagbench.killedSaves", DEFAULT_KILLS).intValue();
		ProfileStore store = ProfileStore.forProject(project);
		store.save(store.load(), SaveLoop.profiles(0));
		List<String> command = command(store.file());
		Path saved = project.resolve("saved.txt");
		Path errors = project.resolve("errors.txt");
		int renamedNotReported = 0;
		int killedBeforeRename = 0;
		for (int kill = 0; kill < kills; kill++) {
			Files.deleteIfExists(saved);
			Process process = new ProcessBuilder(command).redirectOutput(saved.toFile())
					.redirectError(errors.toFile()).start();
			waitForFirstSave(process, saved, errors);
			Thread.sleep(ThreadLocalRandom.current().nextInt(MAX_KILL_DELAY_MS));
			process.destroyForcibly();
			assertTrue(process.waitFor(30, TimeUnit.SECONDS), "killed");
			List<String> lines = Files.readAllLines(saved);
			int acknowledged = Integer.parseInt(lines.get(lines.size() - 1).substring(SAVED.length()));
			assertTrue(Files.isRegularFile(store.file()), "file exists after kill " + kill);
			ProfileSnapshot loaded = store.load();
			int round = SaveLoop.round(loaded);
			assertTrue(round == acknowledged || round == acknowledged + 1,
					"kill " + kill + ": file holds round " + round + ", last saved round " + acknowledged);
			assertEquals(SaveLoop.profiles(round), loaded.profiles(), "the whole file is of one round");
			renamedNotReported += round == acknowledged ? 0 : 1;
			List<Path> leftovers = temporaryFiles();
			assertTrue(leftovers.size() <= 1, "at most the killed save's temporary file: " + leftovers);
			killedBeforeRename += leftovers.size();
		}
		store.save(store.load(), SaveLoop.profiles(0));
		assertEquals(List.of(), temporaryFiles(), "the next save removed what killed saves left");
		System.out.printf("KilledSaveTest: %d kills, %d left a temporary file (killed before the rename), %d after a rename"
				+ " not yet reported%n", Integer.valueOf(kills), Integer.valueOf(killedBeforeRename), Integer.valueOf(renamedNotReported));
	}

	/** The process prints each round it saved straight to a file, which keeps what it wrote when it is killed. */
	private static void waitForFirstSave(Process process, Path saved, Path errors) throws IOException, InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (Files.size(saved) == 0 || !Files.readString(saved).contains("\n")) {
			if (!process.isAlive() && Files.size(saved) == 0) {
				throw new AssertionError("the saving process ended before saving: " + Files.readString(errors));
			}
			assertTrue(System.nanoTime() < deadline, "the saving process saved nothing within 60 s");
			Thread.sleep(2);
		}
	}

	private List<Path> temporaryFiles() throws IOException {
		try (Stream<Path> files = Files.list(project.resolve(".tagbench"))) {
			return files.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList();
		}
	}

	/** @return the java command of the test runtime with core and its libraries on a plain class path */
	private static List<String> command(Path file) {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		String classPath = Stream.of(SaveLoop.class, ProfileStore.class, NLS.class, ObjectMapper.class, JsonParser.class,
				JsonProperty.class).map(KilledSaveTest::classPathEntry).distinct().collect(Collectors.joining(File.pathSeparator));
		return List.of(java, "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-cp", classPath, SaveLoop.class.getName(),
				file.toString());
	}

	/** @return the folder or jar a class is loaded from, resolved from the OSGi bundle to a file */
	private static String classPathEntry(Class<?> type) {
		String resource = type.getName().replace('.', '/') + ".class";
		try {
			URL url = FileLocator.resolve(type.getClassLoader().getResource(resource));
			String text = url.toString();
			String root = text.substring(0, text.length() - resource.length());
			if (root.startsWith("jar:")) {
				root = root.substring("jar:".length(), root.length() - "!/".length());
			}
			return Path.of(URI.create(root)).toString();
		} catch (IOException e) {
			throw new IllegalStateException("cannot find the class path of " + type.getName(), e);
		}
	}
}
