package org.tagbench.simulator;

import java.util.List;
import java.util.Map;

import org.tagbench.simulator.model.AlarmConfiguration;
import org.tagbench.simulator.model.AlarmFilter;
import org.tagbench.simulator.model.AlarmItem;
import org.tagbench.simulator.model.ArchiveDefinition;
import org.tagbench.simulator.model.ArchiveTimer;
import org.tagbench.simulator.model.ArchiveVariable;
import org.tagbench.simulator.model.Connection;
import org.tagbench.simulator.model.DataType;
import org.tagbench.simulator.model.Dynamics;
import org.tagbench.simulator.model.LimitValue;
import org.tagbench.simulator.model.MessageDefinition;
import org.tagbench.simulator.model.Scaling;
import org.tagbench.simulator.model.StructureInstance;
import org.tagbench.simulator.model.StructureType;
import org.tagbench.simulator.model.TagDefinition;
import org.tagbench.simulator.model.TagGroup;

/**
 * Small plants with known content for the tests.
 */
final class TestPlants {

    private TestPlants() {
    }

    /**
     * One tag of each type (constant), a structure type Motor with instances M1 and M2, an
     * archive recording Level every 50 ms and a high-limit alarm on Level at 80.
     */
    static Plant small() {
        return Plant.builder("Test plant")
                .connection(new Connection("PLC1", "SIMATIC S7-1200, S7-1500 Channel", "OMS+", "10.0.0.1", "first"))
                .connection(new Connection("PLC2", "SIMATIC S7-1200, S7-1500 Channel", "OMS+", "10.0.0.2", null))
                .group(new TagGroup("Line", "PLC1", "line one"))
                .group(new TagGroup("Internal", null, null))
                .structureType(new StructureType("Motor", List.of(
                        TagDefinition.builder("Speed", DataType.FLOAT32).unit("rpm").limits(0.0, 3000.0).startValue(100).build(),
                        TagDefinition.builder("On", DataType.BINARY).build()), "a motor"))
                .structureInstance(new StructureInstance("M1", "Motor", "PLC1", "Line", null))
                .structureInstance(new StructureInstance("M2", "Motor", "PLC2", null, null))
                .tag(TagDefinition.builder("Bool", DataType.BINARY).group("Internal").startValue(true).build())
                .tag(TagDefinition.builder("I8", DataType.INT8).build())
                .tag(TagDefinition.builder("U8", DataType.UINT8).build())
                .tag(TagDefinition.builder("I16", DataType.INT16).limits(-100.0, 100.0).startValue(5).build())
                .tag(TagDefinition.builder("U16", DataType.UINT16).build())
                .tag(TagDefinition.builder("I32", DataType.INT32).build())
                .tag(TagDefinition.builder("U32", DataType.UINT32).build())
                .tag(TagDefinition.builder("F32", DataType.FLOAT32).startValue(1.5).build())
                .tag(TagDefinition.builder("F64", DataType.FLOAT64).connection("PLC1").group("Line")
                        .scaling(new Scaling(0, 27648, 0, 100)).comment("scaled").unit("%").build())
                .tag(TagDefinition.builder("T8", DataType.TEXT8).length(10).startValue("abc").build())
                .tag(TagDefinition.builder("T16", DataType.TEXT16).startValue("Grüße ✓").build())
                .tag(TagDefinition.builder("Raw", DataType.RAW).length(4).startValue("AQID").build())
                .tag(TagDefinition.builder("When", DataType.DATETIME).startValue("2024-05-01T12:00:00Z").build())
                .tag(TagDefinition.builder("Level", DataType.FLOAT64).limits(0.0, 100.0).startValue(10).build())
                .tag(TagDefinition.builder("Ramp", DataType.FLOAT64).dynamics(Dynamics.ramp(0, 100, 1000)).build())
                .tag(TagDefinition.builder("Follower", DataType.FLOAT64).dynamics(Dynamics.follow("Level", 2, 1)).build())
                .tag(TagDefinition.builder("Name/with %, Ä and spaces", DataType.INT16).startValue(7).build())
                .timer(new ArchiveTimer("fast", 50))
                .timer(new ArchiveTimer("slow", 60_000))
                .archive(new ArchiveDefinition("Main", "TagLogging Fast", 100, List.of(
                        new ArchiveVariable("Level", "Level", "fast", null),
                        new ArchiveVariable("Ramp", "Ramp", "slow", null))))
                .alarms(new AlarmConfiguration(
                        List.of(new AlarmItem("Alarm", null, Map.of("en-US", "Alarm", "de-DE", "Störung"))),
                        List.of(new AlarmItem("High", "Alarm", Map.of("en-US", "High", "de-DE", "Hoch"))),
                        List.of(new AlarmItem("Tanks", null, Map.of("en-US", "Tanks"))),
                        List.of(new AlarmItem("Text", null, Map.of("en-US", "Text"))),
                        List.of(new MessageDefinition(1, "LevelHigh", "Alarm", "High", "Tanks", "Level", false,
                                Map.of("en-US", "Level high", "de-DE", "Füllstand hoch")),
                                new MessageDefinition(2, "Locked", "Alarm", "High", "Tanks", null, true,
                                        Map.of("en-US", "Locked one"))),
                        List.of(new LimitValue("LevelHigh", "Level", LimitValue.Direction.HIGH, 80, 5, 1)),
                        List.of(new AlarmFilter("All", null, null), new AlarmFilter("Other", java.util.Set.of("Warning"), null))))
                .build();
    }
}
