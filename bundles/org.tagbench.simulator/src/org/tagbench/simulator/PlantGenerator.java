package org.tagbench.simulator;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.tagbench.simulator.internal.io.PlantJson;
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
import org.tagbench.simulator.model.TagDefinition;
import org.tagbench.simulator.model.TagGroup;

/**
 * Generates large plants for load tests, e.g. 100,000 tags in 1,000 groups, in well under a
 * second and about 30 MB. Tags are named {@code Area0001_Tag000001}; their types and dynamics
 * cycle through float (sine, random walk), integer (ramp, counter), binary (toggling) and text.
 * One connection serves every 100 groups; each group has a high-limit alarm on its first tag;
 * one archive records the first 100 tags every second.
 */
public final class PlantGenerator {

    private static final List<TagTemplate> TEMPLATES = List.of(
            new TagTemplate(DataType.FLOAT32, Dynamics.sine(0, 100, 60_000), "°C"),
            new TagTemplate(DataType.FLOAT64, Dynamics.randomWalk(0, 1000, 5, 1000), "m³/h"),
            new TagTemplate(DataType.INT16, Dynamics.ramp(0, 1000, 120_000), "rpm"),
            new TagTemplate(DataType.UINT32, Dynamics.counter(0, 4_000_000_000.0, 1, 1000), ""),
            new TagTemplate(DataType.BINARY, Dynamics.sine(0, 1, 20_000), ""),
            new TagTemplate(DataType.INT32, Dynamics.CONSTANT, ""),
            new TagTemplate(DataType.FLOAT32, Dynamics.sine(0, 10, 30_000), "bar"),
            new TagTemplate(DataType.TEXT8, Dynamics.CONSTANT, ""));

    private record TagTemplate(DataType type, Dynamics dynamics, String unit) {
    }

    private PlantGenerator() {
    }

    /**
     * @throws IllegalArgumentException unless 1 <= groups <= tags
     */
    public static Plant generate(int tags, int groups) {
        if (groups < 1 || tags < groups) {
            throw new IllegalArgumentException("A generated plant needs at least one group and at least as many tags as"
                    + " groups (asked for " + tags + " tags in " + groups + " groups).");
        }
        return generate(tags, groups, tags / groups + (tags % groups > 0 ? 1 : 0));
    }

    /**
     * Generates a plant whose first group ({@code Area0001}) is large, e.g. 10,000 of 100,000 tags, the
     * others sharing the rest evenly.
     *
     * @param firstGroupTags the tags of the first group
     * @throws IllegalArgumentException unless every group gets at least one tag
     */
    public static Plant generate(int tags, int groups, int firstGroupTags) {
        if (groups < 1 || firstGroupTags < 1 || firstGroupTags > tags || tags - firstGroupTags < groups - 1
                || groups == 1 && firstGroupTags != tags) {
            throw new IllegalArgumentException("A generated plant needs at least one tag in every group (asked for "
                    + tags + " tags in " + groups + " groups, " + firstGroupTags + " of them in the first).");
        }
        Plant.Builder plant = Plant.builder("Generated plant " + tags + " tags in " + groups + " groups");
        int connections = Math.max(1, (groups + 99) / 100);
        String[] connectionNames = new String[connections];
        for (int c = 0; c < connections; c++) {
            connectionNames[c] = String.format("PLC%03d", c + 1);
            plant.connection(new Connection(connectionNames[c], "SIMATIC S7-1200, S7-1500 Channel", "OMS+",
                    "10.0." + (c / 250) + "." + (c % 250 + 1), null));
        }
        List<MessageDefinition> messages = new ArrayList<>();
        List<LimitValue> limits = new ArrayList<>();
        List<ArchiveVariable> archived = new ArrayList<>();
        int tag = 0;
        for (int g = 0; g < groups; g++) {
            String group = String.format("Area%04d", g + 1);
            String connection = connectionNames[g / 100];
            plant.group(new TagGroup(group, connection, null));
            int inGroup = g == 0 ? firstGroupTags : shareOf(tags - firstGroupTags, groups - 1, g - 1);
            for (int i = 0; i < inGroup; i++, tag++) {
                TagTemplate t = TEMPLATES.get(tag % TEMPLATES.size());
                String name = group + String.format("_Tag%06d", tag + 1);
                TagDefinition.Builder b = TagDefinition.builder(name, t.type()).connection(connection).group(group)
                        .unit(t.unit()).dynamics(t.dynamics());
                if (t.type() == DataType.TEXT8) {
                    b.startValue("Batch " + (tag + 1)).length(32);
                }
                plant.tag(b.build());
                if (i == 0) {
                    messages.add(new MessageDefinition(g + 1, group + "_High", "Alarm", "High", null, name, false,
                            Map.of("en-US", group + " value high", "de-DE", group + " Wert hoch")));
                    limits.add(new LimitValue(group + "_HighLimit", name, LimitValue.Direction.HIGH, 90, 5, g + 1));
                }
                if (tag < 100) {
                    archived.add(new ArchiveVariable(name, name, "1 second", null));
                }
            }
        }
        plant.timer(new ArchiveTimer("1 second", 1000));
        plant.archive(new ArchiveDefinition("Generated", "TagLogging Fast", 600, archived));
        plant.alarms(new AlarmConfiguration(
                List.of(new AlarmItem("Alarm", null, Map.of("en-US", "Alarm", "de-DE", "Alarm"))),
                List.of(new AlarmItem("High", "Alarm", Map.of("en-US", "High limit", "de-DE", "Obergrenze"))),
                List.of(), List.of(), messages, limits, List.of(new AlarmFilter("All", null, null))));
        return plant.build();
    }

    /** @return the tags of the {@code index}th of {@code groups} groups sharing {@code tags} evenly */
    private static int shareOf(int tags, int groups, int index) {
        return tags / groups + (index < tags % groups ? 1 : 0);
    }

    /** Generates a plant and writes it as plant JSON. */
    public static void write(int tags, int groups, Path file) throws IOException {
        Plant plant = generate(tags, groups);
        try (OutputStream out = Files.newOutputStream(file)) {
            PlantJson.write(plant, out);
        }
    }
}
