package org.tagbench.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

    @TempDir
    Path dir;

    @Test
    void parsesTheOptions() {
        Main.Launch launch = Main.parse(new String[] { "--port", "0", "--http", "--state", dir.toString(), "--user",
                "ops:pw:READ,WRITE", "--user", "viewer:pw:", "--admin", "root:toor", "--generate", "1000,10",
                "--variant", "qualityFieldCasing=CAMEL", "--variant", "unknownNames=omit", "--threads", "4" });
        SimulatorConfig c = launch.config();
        assertEquals(0, c.port());
        assertFalse(c.https());
        assertEquals(Set.of(Role.READ, Role.WRITE), c.users().get("ops").roles());
        assertTrue(c.users().get("viewer").roles().isEmpty());
        assertEquals(2, c.users().size());
        assertEquals("root", c.adminUser());
        assertEquals(1000, c.plant().tags().size());
        assertEquals(Variants.QualityCasing.CAMEL, c.variants().qualityFieldCasing());
        assertEquals(Variants.UnknownNames.OMIT, c.variants().unknownNames());
        assertEquals(4, c.threads());
    }

    @Test
    void defaultsAreTheStandardPortWithHttpsAndTheDemoPlant() {
        SimulatorConfig c = Main.parse(new String[0]).config();
        assertEquals(34568, c.port());
        assertTrue(c.https());
        assertEquals(null, c.plant());
        assertEquals(null, c.plantFile());
    }

    @Test
    void badOptionsExplainThemselves() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Main.parse(new String[] { "--bogus" })).getMessage()
                .contains("--bogus"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Main.parse(new String[] { "--port" })).getMessage()
                .contains("needs a value"));
        assertThrows(IllegalArgumentException.class, () -> Main.parse(new String[] { "--user", "x:y:ADMIN" }));
        assertThrows(IllegalArgumentException.class, () -> Main.parse(new String[] { "--variant", "wrapValues=maybe" }));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(2, Main.run(new String[] { "--port", "x" }, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8)));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--help"));
    }

    @Test
    void helpAndWritePlant() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        assertEquals(0, Main.run(new String[] { "--help" }, print, print));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("--generate TAGS,GROUPS[,FIRST]"));
        Path file = dir.resolve("p.json");
        assertEquals(0, Main.run(new String[] { "--generate", "500,5", "--write-plant", file.toString() }, print, print));
        assertTrue(file.toFile().length() > 0);
    }

    @Test
    void generatesAPlantWithALargeFirstGroup() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        Path file = dir.resolve("first.json");
        assertEquals(0, Main.run(new String[] { "--generate", "500,5,100", "--write-plant", file.toString() }, print, print));
        Plant plant = Plant.load(file);
        String first = plant.groups().get(0).name();
        assertEquals(100, plant.tags().stream().filter(tag -> first.equals(tag.group())).count());
        assertEquals(500, plant.tags().size());
        assertEquals(2, Main.run(new String[] { "--generate", "500,5,1,2" }, print, print), "four numbers are refused");
    }
}
