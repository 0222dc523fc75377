package org.tagbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.core.profiles.ConnectionProfile;
import org.tagbench.tests.support.ModalDialogs;
import org.tagbench.tests.support.Screenshots;
import org.tagbench.tests.support.WidgetDriver;
import org.tagbench.ui.internal.Messages;
import org.tagbench.ui.internal.handlers.FileChooser;
import org.tagbench.ui.internal.tags.CsvPreviewDialog;
import org.tagbench.ui.internal.tags.CsvResultDialog;

/** Writing values from a CSV file: preview with each row's problem, confirmation, write, per-tag result. */
class CsvWriteTest {

	private static final String WRITE_CSV = "org.tagbench.ui.commands.writeCsv";
	private static final Duration DIALOG = Duration.ofSeconds(30);
	private static final String CSV = "\uFEFFname,value\n"
			+ "System_PlantMode,3\n"
			+ "Energy_Tariff,7\n"
			+ "No_Such_Tag,1\n"
			+ "\"System_ShiftName\",\"Day, late\"\r\n"
			+ " System_Counter8 ,17\n";

	@TempDir
	static Path dir;
	@RegisterExtension
	static final SimulatorSession session = SimulatorSession.demo();

	@Test
	void previewShowsProblemsAndTheConfirmedWriteLandsWithAResultPerTag() throws Exception {
		Path file = dir.resolve("values.csv");
		Files.writeString(file, CSV, StandardCharsets.UTF_8);
		FileChooser.use((shell, style, suggested) -> file.toString());
		TagsViewPage tags = TagsViewPage.connect("CsvWrite", Profiles.forSimulator(session.simulator(), "Csv", "operator"));

		AtomicReference<List<String[]>> preview = new AtomicReference<>();
		ModalDialogs.Handled previewDialog = ModalDialogs.whenShellOpens(
				shell -> shell.getText().equals(Messages.CsvPreview_title), DIALOG, shell -> {
					preview.set(TagsViewPage.table(shell, CsvPreviewDialog.TABLE_ID));
					Screenshots.take("csv-preview");
					WidgetDriver.click(new WidgetDriver(shell).button("Write 3 Values"));
				});
		AtomicReference<String> confirmation = new AtomicReference<>();
		ModalDialogs.Handled confirm = ModalDialogs.whenShellOpens(CsvWriteTest::isConfirmation, DIALOG, shell -> {
			confirmation.set(TagsViewPage.labels(shell));
			WidgetDriver.click(new WidgetDriver(shell).button(Messages.WriteValueDialog_write));
		});
		AtomicReference<List<String[]>> results = new AtomicReference<>();
		ModalDialogs.Handled resultDialog = ModalDialogs.whenShellOpens(
				shell -> shell.getText().equals(Messages.CsvResult_title), DIALOG, shell -> {
					results.set(TagsViewPage.table(shell, CsvResultDialog.TABLE_ID));
					Screenshots.take("csv-result");
				});
		tags.run(WRITE_CSV);
		previewDialog.assertHandled();
		confirm.assertHandled();
		resultDialog.assertHandled();
		TagsViewPage.settle();

		List<String[]> rows = preview.get();
		assertEquals(5, rows.size(), "one row per line after the header");
		assertRow(rows.get(0), "2", "System_PlantMode", "3", Messages.CsvPreview_ok);
		assertRow(rows.get(1), "3", "Energy_Tariff", "7", "limits allow 1 to 3");
		assertRow(rows.get(2), "4", "No_Such_Tag", "1", "Unknown tag");
		assertRow(rows.get(3), "5", "System_ShiftName", "Day, late", Messages.CsvPreview_ok);
		assertRow(rows.get(4), "6", "System_Counter8", "17", Messages.CsvPreview_trimmed);
		assertEquals("2", rows.get(0)[2], "the current value");
		assertTrue(confirmation.get().contains("3 values"), confirmation.get());

		assertEquals(3L, ((Number) session.simulator().plant().value("System_PlantMode").orElseThrow().value()).longValue());
		assertEquals("Day, late", session.simulator().plant().value("System_ShiftName").orElseThrow().value());
		assertEquals(17L, ((Number) session.simulator().plant().value("System_Counter8").orElseThrow().value()).longValue());
		assertEquals(1L, ((Number) session.simulator().plant().value("Energy_Tariff").orElseThrow().value()).longValue(),
				"an invalid row is not written");
		List<String[]> written = results.get();
		assertEquals(List.of("System_PlantMode", "System_ShiftName", "System_Counter8"),
				written.stream().map(row -> row[0]).toList());
		assertTrue(written.stream().allMatch(row -> row[3].equals(Messages.CsvResult_verified)),
				() -> written.stream().map(row -> String.join(" | ", row)).toList().toString());
	}

	@Test
	void readOnlyProfileRefusesBeforeAskingForAFile() throws Exception {
		FileChooser.use((shell, style, suggested) -> {
			throw new AssertionError("no file is asked for on a read-only profile");
		});
		ConnectionProfile readOnly = Profiles.forSimulator(session.simulator(), "Csv read only", "operator").toBuilder()
				.readOnly(true).build();
		TagsViewPage tags = TagsViewPage.connect("CsvReadOnly", readOnly);
		AtomicReference<String> text = new AtomicReference<>();
		ModalDialogs.Handled refusal = ModalDialogs.whenShellOpens(
				shell -> shell.getText().equals(Messages.TagWriter_readOnlyTitle), DIALOG, shell -> {
					text.set(TagsViewPage.labels(shell));
					WidgetDriver.click(new WidgetDriver(shell).button("OK"));
				});
		tags.run(WRITE_CSV);
		refusal.assertHandled();
		assertTrue(text.get().contains("read-only"), text.get());
	}

	private static void assertRow(String[] row, String line, String name, String value, String check) {
		String text = String.join(" | ", row);
		assertEquals(line, row[0], text);
		assertEquals(name, row[1], text);
		assertEquals(value, row[3], text);
		assertTrue(row[4].contains(check), text);
	}

	private static boolean isConfirmation(Shell shell) {
		return shell.getText().equals(Messages.WriteConfirmation_title)
				|| shell.getText().equals(Messages.WriteConfirmation_titleProduction);
	}
}
