package org.tagbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tagbench.core.model.ArchiveSample;
import org.tagbench.core.model.ArchiveSeries;
import org.tagbench.core.model.ArchiveVariable;
import org.tagbench.core.model.Quality;
import org.tagbench.ui.internal.archives.Trend;
import org.tagbench.ui.internal.archives.TrendCsv;
import org.tagbench.ui.internal.archives.TrendSeries;
import org.tagbench.ui.internal.archives.VariableNode;

/** The trend's model: series replaced by queries, live values appended in order and bounded, CSV quoting. */
class TrendTest {

	private static final Instant T0 = Instant.parse("2026-01-01T12:00:00Z");

	private static VariableNode variable(String archive, String name) {
		return new VariableNode(null, new ArchiveVariable(archive, name, name, Map.of()));
	}

	private static ArchiveSeries series(String archive, String variable, int fromSecond, int toSecond) {
		List<ArchiveSample> samples = new ArrayList<>();
		for (int s = fromSecond; s <= toSecond; s++) {
			Instant at = T0.plusSeconds(s);
			samples.add(new ArchiveSample(at, at.toString(), Double.valueOf(s), new Quality(192, "192"), Map.of()));
		}
		return new ArchiveSeries(archive, variable, samples, null);
	}

	@Test
	void liveValuesAppendInOrderWithoutDuplicatesAndTheOldestGoBeyondTheBound() {
		Trend trend = new Trend(10);
		trend.select(List.of(variable("A", "x"), variable("B", "y")));
		assertEquals(Map.of("A", List.of("x"), "B", List.of("y")), trend.variablesByArchive());
		trend.replace(List.of(series("A", "x", 0, 4), series("B", "y", 0, 2), series("A", "other", 0, 9)));
		List<TrendSeries> shown = List.copyOf(trend.series());
		assertEquals(5, shown.get(0).size());
		assertEquals(3, shown.get(1).size());

		assertEquals(7, trend.append(List.of(series("A", "x", 3, 11))), "seconds 5 to 11 are new, 3 and 4 are held");
		assertEquals(10, shown.get(0).size(), "bounded");
		assertEquals(T0.plusSeconds(2), shown.get(0).samples().get(0).timestamp(), "the oldest went");
		assertEquals(T0.plusSeconds(11), shown.get(0).newest());
		assertEquals(0, trend.append(List.of(series("A", "x", 9, 11))));

		List<Trend.Row> rows = trend.rows();
		assertEquals(13, rows.size());
		for (int i = 1; i < rows.size(); i++) {
			assertFalse(rows.get(i).sample().timestamp().isBefore(rows.get(i - 1).sample().timestamp()), "oldest first");
		}
		assertNull(shown.get(0).error());
	}

	@Test
	void csvQuotesFieldsWithCommasQuotesAndLineBreaks() throws Exception {
		Trend trend = new Trend(10);
		trend.select(List.of(variable("Arch,ive", "Text")));
		ArchiveSample text = new ArchiveSample(T0, T0.toString(), "say \"hi\",\nbye", null, Map.of());
		trend.replace(List.of(new ArchiveSeries("Arch,ive", "Text", List.of(text), null)));
		StringWriter out = new StringWriter();
		TrendCsv.write(trend.rows(), out);
		assertEquals(TrendCsv.HEADER + "\r\n2026-01-01T12:00:00Z,\"Arch,ive\",Text,\"say \"\"hi\"\",\nbye\",\r\n", out.toString());
	}
}
