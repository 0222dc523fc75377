package org.tagbench.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.simulator.internal.io.PlantJson;
import org.tagbench.simulator.model.DataType;
import org.tagbench.simulator.model.Dynamics;
import org.tagbench.simulator.model.TagDefinition;
import org.tagbench.simulator.model.ValueRejectedException;

class PlantTest {

    @TempDir
    Path dir;

    private static Plant json(String text) throws Exception {
        return Plant.readJson(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void demoPlantIsRealistic() {
        Plant demo = Plant.demo();
        assertTrue(demo.tags().size() >= 300, "tags: " + demo.tags().size());
        assertTrue(demo.groups().size() >= 5);
        assertTrue(demo.structureInstances().size() >= 20);
        assertTrue(demo.archives().size() >= 2);
        assertTrue(demo.alarms().limitValues().size() >= 10);
        for (DataType type : DataType.values()) {
            assertTrue(demo.tags().stream().anyMatch(t -> t.dataType() == type), "demo has a " + type + " tag");
        }
    }

    @Test
    void jsonRoundTrip() throws Exception {
        Plant original = TestPlants.small();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PlantJson.write(original, out);
        Plant copy = Plant.readJson(new ByteArrayInputStream(out.toByteArray()));
        assertEquals(original.tags(), copy.tags());
        assertEquals(original.connections(), copy.connections());
        assertEquals(original.structureTypes().get(0).name(), copy.structureTypes().get(0).name());
        assertEquals(original.archives(), copy.archives());
        assertEquals(original.alarms(), copy.alarms());
    }

    @Test
    void jsonErrorsNameTheEntry() {
        IllegalArgumentException typo = assertThrows(IllegalArgumentException.class,
                () -> json("{\"tags\": [{\"name\": \"A\", \"dataType\": \"INT16\"}, {\"name\": \"B\", \"dataTyp\": \"INT16\"}]}"));
        assertTrue(typo.getMessage().contains("tags[1]") && typo.getMessage().contains("dataTyp"), typo.getMessage());
        IllegalArgumentException type = assertThrows(IllegalArgumentException.class,
                () -> json("{\"tags\": [{\"name\": \"A\", \"dataType\": \"FLOT\"}]}"));
        assertTrue(type.getMessage().contains("FLOT"), type.getMessage());
        IllegalArgumentException ref = assertThrows(IllegalArgumentException.class,
                () -> json("{\"tags\": [{\"name\": \"A\", \"dataType\": \"INT16\", \"group\": \"G\"}]}"));
        assertTrue(ref.getMessage().contains("tag group 'G'"), ref.getMessage());
        IllegalArgumentException start = assertThrows(IllegalArgumentException.class,
                () -> json("{\"tags\": [{\"name\": \"A\", \"dataType\": \"UINT8\", \"startValue\": 300}]}"));
        assertTrue(start.getMessage().contains("Start value"), start.getMessage());
        assertThrows(IllegalArgumentException.class, () -> json("[1]"));
        assertThrows(IllegalArgumentException.class, () -> json("{\"tags\": ["));
        assertThrows(IllegalArgumentException.class,
                () -> json("{\"tags\": [{\"name\": \"A\", \"dataType\": \"INT16\"}, {\"name\": \"A\", \"dataType\": \"INT16\"}]}"));
    }

    @Test
    void csvImportWithGermanExportConventions() throws Exception {
        String csv = "\uFEFFName;Data type;Connection;Group;Low limit;High limit;Start value;Comment;Structure type;Dynamics\n"
                + "Boiler_Temp;Floating-point number 32-bit IEEE 754;PLC1;Boiler;0;150,5;20,5;\"Temp; main\";;SINE 0 100 60000\n"
                + "Boiler_On;Binary tag;PLC1;Boiler;;;1;;;\n"
                + "P1.Speed;REAL;PLC1;Pumps;;;;;Pump;\n"
                + "P1.On;BOOL;PLC1;Pumps;;;;;Pump;\n"
                + "P2.Speed;REAL;PLC2;Pumps2;;;12;;Pump;\n"
                + "Note;WSTRING;;;;;Grüße;;;\n";
        Path file = dir.resolve("tags.csv");
        Files.writeString(file, csv);
        Plant plant = Plant.load(file);
        assertEquals(7, plant.tags().size(), "P2 gets the element On from its type");
        assertTrue(plant.tag("P2.On").isPresent());
        TagDefinition temp = plant.tag("Boiler_Temp").orElseThrow();
        assertEquals(DataType.FLOAT32, temp.dataType());
        assertEquals(150.5, temp.limits().high());
        assertEquals("Temp; main", temp.comment());
        assertEquals(Dynamics.Kind.SINE, temp.dynamics().kind());
        assertEquals(Boolean.TRUE, plant.value("Boiler_On").orElseThrow().value());
        assertEquals(2, plant.connections().size());
        assertEquals(3, plant.groups().size());
        assertEquals(1, plant.structureTypes().size());
        assertEquals(2, plant.structureTypes().get(0).members().size());
        assertEquals(2, plant.structureInstances().size());
        assertEquals("P2", plant.tag("P2.Speed").orElseThrow().structureInstance());
        assertEquals(12.0, plant.value("P2.Speed").orElseThrow().value());
        assertEquals("Grüße", plant.value("Note").orElseThrow().value());
    }

    @Test
    void csvWithCommasAndMissingColumns() throws Exception {
        Plant plant = Plant.readCsv(new StringReader("name,datatype,startvalue\nA,INT16,3\nB,FLOAT64,2.5\n"), "csv");
        assertEquals(3L, plant.value("A").orElseThrow().value());
        assertEquals(2.5, plant.value("B").orElseThrow().value());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Plant.readCsv(new StringReader("Name;Comment\nA;x\n"), "csv"));
        assertTrue(e.getMessage().contains("DataType"));
        IllegalArgumentException line = assertThrows(IllegalArgumentException.class,
                () -> Plant.readCsv(new StringReader("Name;DataType\nA;INT16\nB;NOPE\n"), "csv"));
        assertTrue(line.getMessage().contains("line 3"), line.getMessage());
    }

    @Test
    void generatorMakesLargePlantsQuickly() {
        long start = System.nanoTime();
        Plant plant = PlantGenerator.generate(100_000, 1000);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(100_000, plant.tags().size());
        assertEquals(1000, plant.groups().size());
        assertEquals(10, plant.connections().size());
        assertEquals(1000, plant.alarms().limitValues().size());
        assertTrue(millis < 10_000, "took " + millis + " ms");
        assertTrue(plant.value("Area1000_Tag100000").isPresent());
        assertThrows(IllegalArgumentException.class, () -> PlantGenerator.generate(5, 10));
    }

    @Test
    void generatorMakesALargeFirstGroup() {
        Plant plant = PlantGenerator.generate(100_000, 1000, 10_000);
        assertEquals(100_000, plant.tags().size());
        assertEquals(1000, plant.groups().size());
        Map<String, Long> perGroup = plant.tags().stream()
                .collect(Collectors.groupingBy(TagDefinition::group, Collectors.counting()));
        assertEquals(10_000L, perGroup.get("Area0001"));
        assertEquals(91L, perGroup.get("Area0002"), "90,000 tags over 999 groups: 90 or 91 each");
        assertEquals(90L, perGroup.get("Area1000"));
        assertEquals(1000, perGroup.size(), "every group has tags");
        assertTrue(plant.value("Area0001_Tag010000").isPresent());
        assertTrue(plant.value("Area1000_Tag100000").isPresent());
        assertThrows(IllegalArgumentException.class, () -> PlantGenerator.generate(100, 10, 95));
        assertThrows(IllegalArgumentException.class, () -> PlantGenerator.generate(100, 1, 50));
        assertThrows(IllegalArgumentException.class, () -> PlantGenerator.generate(100, 10, 0));
    }

    @Test
    void generatedPlantWritesAndReadsBack() throws Exception {
        Path file = dir.resolve("big.json");
        PlantGenerator.write(2000, 20, file);
        assertEquals(2000, Plant.load(file).tags().size());
    }

    @Test
    void writesAreValidatedByEveryType() {
        Plant plant = TestPlants.small();
        plant.setValue("I8", -128);
        assertRejected(plant, "I8", -129, ValueRejectedException.OUT_OF_RANGE);
        plant.setValue("U8", 255);
        assertRejected(plant, "U8", -1, ValueRejectedException.OUT_OF_RANGE);
        plant.setValue("U16", 65535);
        assertRejected(plant, "U16", 65536, ValueRejectedException.OUT_OF_RANGE);
        plant.setValue("I32", Integer.MIN_VALUE);
        assertRejected(plant, "I32", 2147483648L, ValueRejectedException.OUT_OF_RANGE);
        plant.setValue("U32", 4294967295L);
        assertRejected(plant, "U32", 4294967296L, ValueRejectedException.OUT_OF_RANGE);
        assertRejected(plant, "I32", 1.5, ValueRejectedException.WRONG_TYPE);
        plant.setValue("I32", 2.0);
        assertEquals(2L, plant.value("I32").orElseThrow().value());
        assertRejected(plant, "I32", true, ValueRejectedException.WRONG_TYPE);
        assertRejected(plant, "F32", 1e39, ValueRejectedException.OUT_OF_RANGE);
        plant.setValue("F32", 0.1);
        assertEquals((double) 0.1f, plant.value("F32").orElseThrow().value());
        assertRejected(plant, "F64", "1.0", ValueRejectedException.WRONG_TYPE);
        assertRejected(plant, "T8", "12345678901", ValueRejectedException.OUT_OF_RANGE);
        plant.setValue("T8", "Müller");
        assertRejected(plant, "T8", "€", ValueRejectedException.WRONG_TYPE);
        plant.setValue("T16", "€ ✓ 漢字");
        assertRejected(plant, "T16", 5, ValueRejectedException.WRONG_TYPE);
        assertRejected(plant, "Raw", "not base64!", ValueRejectedException.WRONG_TYPE);
        assertRejected(plant, "Raw", "AQIDBAU=", ValueRejectedException.OUT_OF_RANGE);
        plant.setValue("Raw", new byte[] { 1, 2 });
        plant.setValue("When", Instant.parse("2020-01-01T00:00:00Z"));
        plant.setValue("When", "2020-01-01T00:00:00");
        assertRejected(plant, "When", "yesterday", ValueRejectedException.WRONG_TYPE);
        assertRejected(plant, "Bool", "true", ValueRejectedException.WRONG_TYPE);
        assertRejected(plant, "Level", null, ValueRejectedException.INCOMPLETE);
        assertRejected(plant, "Nope", 1, ValueRejectedException.UNKNOWN_TAG);
    }

    private static void assertRejected(Plant plant, String tag, Object value, int code) {
        ValueRejectedException e = assertThrows(ValueRejectedException.class, () -> plant.setValue(tag, value));
        assertEquals(code, e.errorcode(), e.getMessage());
        assertTrue(e.getMessage().contains(tag), e.getMessage());
    }

    @Test
    void dataTypesParseFromAllForms() {
        assertEquals(DataType.FLOAT32, DataType.parse("Floating-point number 32-bit IEEE 754"));
        assertEquals(DataType.UINT16, DataType.parse("5"));
        assertEquals(DataType.INT16, DataType.parse("int"));
        assertEquals(DataType.TEXT16, DataType.parse("text16"));
        assertEquals(1, DataType.BINARY.code());
        assertThrows(IllegalArgumentException.class, () -> DataType.parse("complex"));
    }
}
