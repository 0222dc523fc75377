package org.tagbench.core.tests.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.simulator.Plant;
import org.tagbench.simulator.Simulator;
import org.tagbench.simulator.SimulatorConfig;
import org.tagbench.simulator.Variants;
import org.tagbench.simulator.model.ArchiveDefinition;

/**
 * Refreshes the fuzzing corpus: asks the simulator (demo plant, every answer variant) each question the
 * client asks and writes the raw answers as files named {@code <target>.<n>.json}. Runs only when
 * {@code -Dtagbench.fuzz.capture=DIR} names the folder to write ({@code src/.../fuzz/corpus}); the
 * committed corpus then makes every fuzzing run reproducible from its seed.
 */
class CorpusCaptureTest {

	private static final String CAPTURE = "tagbench.fuzz.capture";

	@TempDir
	Path state;

	private Path target;
	private HttpClient http;
	private Simulator simulator;
	private int count;

	@Test
	void captureAnswers() throws Exception {
		String folder = System.getProperty(CAPTURE, "off");
		Assumptions.assumeTrue(Path.of(folder).isAbsolute(), "capture only on request (-D" + CAPTURE + "=/absolute/dir)");
		target = Path.of(folder);
		Files.createDirectories(target);
		http = HttpClient.newHttpClient();
		Variants[] variants = { Variants.DEFAULTS,
				Variants.DEFAULTS.withWrapValues(true).withQualityFieldCasing(Variants.QualityCasing.CAMEL)
						.withUnknownNames(Variants.UnknownNames.OMIT).withBinaryAsBoolean(false) };
		for (Variants variant : variants) {
			try (Simulator started = Simulator.start(SimulatorConfig.builder().port(0).https(false)
					.stateDir(state.resolve("sim" + count)).plant(Plant.demo()).variants(variant).build())) {
				simulator = started;
				captureAll();
			}
		}
		assertTrue(count > 40, "answers captured: " + count);
	}

	private void captureAll() throws IOException, InterruptedException {
		Plant plant = simulator.plant();
		String tag = plant.tags().get(0).name();
		String other = plant.tags().get(1).name();
		get("values.one", "/tagManagement/Value/" + tag, "reader");
		get("values.one", "/tagManagement/Value/NoSuchTag", "reader");
		post("values.bulk", "/tagManagement/Values", "{\"variableNames\":[\"" + tag + "\",\"" + other
				+ "\",\"NoSuchTag\",\"System_PlantMode\",\"T101.Level\"]}");
		put("write.one", "/tagManagement/Value/System_PlantMode", "{\"value\":2}");
		put("write.one", "/tagManagement/Value/System_PlantMode", "{\"value\":\"not a number\"}");
		put("write.many", "/tagManagement/Values",
				"[{\"variableName\":\"System_PlantMode\",\"value\":1},{\"variableName\":\"NoSuchTag\",\"value\":1}]");
		get("browse.variables", "/tagManagement/Variables?itemLimit=4", "reader");
		get("browse.variables", "/tagManagement/Variable/" + tag, "reader");
		get("browse.connections", "/tagManagement/Connections", "reader");
		get("browse.groups", "/tagManagement/Groups?itemLimit=3", "reader");
		get("browse.structureTypes", "/tagManagement/StructureTypes", "reader");
		get("browse.structureVariables", "/tagManagement/StructureVariables?itemLimit=3", "reader");
		if (!plant.structureTypes().isEmpty()) {
			get("browse.structureVariables", "/tagManagement/StructureVariable/" + plant.structureTypes().get(0).name(),
					"reader");
		}
		get("archive.list", "/tagLogging/Archives", "reader");
		get("archive.list", "/tagLogging/Timers", "reader");
		get("archive.variables", "/tagLogging/Variables?itemLimit=4", "reader");
		if (!plant.archives().isEmpty()) {
			ArchiveDefinition archive = plant.archives().get(0);
			String variable = archive.variables().get(0).name();
			get("archive.list", "/tagLogging/Archive/" + archive.name(), "reader");
			get("archive.variables", "/tagLogging/Archive/" + archive.name() + "/Variables", "reader");
			get("archive.latest", "/tagLogging/Archive/" + archive.name() + "/Value/" + variable + "?maxValues=5",
					"reader");
			post("archive.valuesBody", "/tagLogging/Values", "{\"archives\":[{\"name\":\"" + archive.name()
					+ "\",\"variables\":[{\"name\":\"" + variable + "\",\"maxValues\":3},{\"name\":\"NoSuchVariable\"}]}]}");
			post("archive.archivePath", "/tagLogging/Archive/" + archive.name() + "/Values?maxValues=3",
					"{\"variableNames\":[\"" + variable + "\",\"NoSuchVariable\"]}");
		}
		for (String list : new String[] { "MessageClasses", "MessageTypes", "MessageGroups", "MessageBlocks",
				"Messages", "LimitValues" }) {
			get("alarm.config", "/alarmLogging/" + list + "?itemLimit=3", "reader");
		}
		String filter = plant.alarms().filters().isEmpty() ? "All" : plant.alarms().filters().get(0).name();
		get("alarm.messages", "/alarmLogging/MessageList/" + filter + "?maxValues=5", "reader");
		get("alarm.messages", "/alarmLogging/ShortTermArchive/" + filter + "?maxValues=5", "reader");
		get("error.body", "/tagManagement/Value/NoSuchTag", "nobody");
		get("error.body", "/tagManagement/NoSuchPath", "reader");
		post("error.body", "/tagManagement/Values", "{\"variableNames\": 7");
	}

	private void get(String name, String path, String user) throws IOException, InterruptedException {
		send(name, HttpRequest.newBuilder(uri(path)).GET(), user);
	}

	private void post(String name, String path, String body) throws IOException, InterruptedException {
		send(name, HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(body)), "reader");
	}

	private void put(String name, String path, String body) throws IOException, InterruptedException {
		send(name, HttpRequest.newBuilder(uri(path)).PUT(HttpRequest.BodyPublishers.ofString(body)), "operator");
	}

	private URI uri(String path) {
		return URI.create(simulator.baseUri() + path);
	}

	private void send(String name, HttpRequest.Builder request, String user) throws IOException, InterruptedException {
		String credentials = Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
		HttpResponse<byte[]> response = http.send(request.header("Authorization", "Basic " + credentials)
				.header("Content-Type", "application/json").header("Accept", "application/json").build(),
				HttpResponse.BodyHandlers.ofByteArray());
		boolean error = name.equals("error.body");
		if (error != response.statusCode() >= 400 && !name.equals("values.one") && !name.startsWith("write.")) {
			throw new IOException(name + " " + request.build().uri() + " answered HTTP " + response.statusCode());
		}
		Files.write(target.resolve(name + "." + ++count + ".json"), response.body());
	}
}
