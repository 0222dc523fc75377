package org.tagbench.simulator;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.tagbench.simulator.internal.io.CsvImporter;
import org.tagbench.simulator.internal.io.PlantJson;
import org.tagbench.simulator.internal.runtime.TagTable;
import org.tagbench.simulator.model.AlarmConfiguration;
import org.tagbench.simulator.model.ArchiveDefinition;
import org.tagbench.simulator.model.ArchiveTimer;
import org.tagbench.simulator.model.ArchiveVariable;
import org.tagbench.simulator.model.Connection;
import org.tagbench.simulator.model.LimitValue;
import org.tagbench.simulator.model.MessageDefinition;
import org.tagbench.simulator.model.StructureInstance;
import org.tagbench.simulator.model.StructureType;
import org.tagbench.simulator.model.TagDefinition;
import org.tagbench.simulator.model.TagGroup;
import org.tagbench.simulator.model.TagValue;

/**
 * A simulated WinCC plant: its configuration (connections, groups, structures, tags, archives,
 * alarms) and its live tag values. A plant holds live values, so give each simulator its own.
 * Thread-safe.
 */
public final class Plant {

    /** Class-path location of the bundled demo plant. */
    public static final String DEMO_RESOURCE = "plant/demo-plant.json";

    private final String name;
    private final List<Connection> connections;
    private final List<TagGroup> groups;
    private final List<StructureType> structureTypes;
    private final List<StructureInstance> structureInstances;
    private final List<ArchiveTimer> timers;
    private final List<ArchiveDefinition> archives;
    private final AlarmConfiguration alarms;
    private final TagTable table;

    private Plant(Builder b, List<TagDefinition> tags) {
        this.name = b.name;
        this.connections = List.copyOf(b.connections);
        this.groups = List.copyOf(b.groups);
        this.structureTypes = List.copyOf(b.structureTypes);
        this.structureInstances = List.copyOf(b.structureInstances);
        this.timers = List.copyOf(b.timers);
        this.archives = List.copyOf(b.archives);
        this.alarms = b.alarms;
        this.table = new TagTable(tags, System.currentTimeMillis());
    }

    /** The bundled demo plant, a water works of a few hundred tags. */
    public static Plant demo() {
        ClassLoader loader = Plant.class.getClassLoader();
        try (InputStream in = loader == null ? null : loader.getResourceAsStream(DEMO_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The demo plant " + DEMO_RESOURCE
                        + " is missing from the class path. Put the simulator bundle's root folder on the class path.");
            }
            return PlantJson.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo plant: " + e.getMessage(), e);
        }
    }

    /**
     * Loads a plant from a JSON file (see README) or, for names ending in {@code .csv} or
     * {@code .txt}, from a tag table.
     *
     * @throws IOException              when the file cannot be read
     * @throws IllegalArgumentException naming the faulty entry when the content is invalid
     */
    public static Plant load(Path file) throws IOException {
        String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (lower.endsWith(".csv") || lower.endsWith(".txt")) {
            try (Reader reader = Files.newBufferedReader(file)) {
                return CsvImporter.read(reader, file.getFileName().toString());
            }
        }
        try (InputStream in = Files.newInputStream(file)) {
            return PlantJson.read(in);
        }
    }

    /** Reads a plant from JSON (see README). */
    public static Plant readJson(InputStream in) throws IOException {
        return PlantJson.read(in);
    }

    /** Reads a plant from a CSV tag table (see README for the columns). */
    public static Plant readCsv(Reader reader, String plantName) throws IOException {
        return CsvImporter.read(reader, plantName);
    }

    public static Builder builder(String name) {
        return new Builder(name);
    }

    public String name() {
        return name;
    }

    public List<Connection> connections() {
        return connections;
    }

    public List<TagGroup> groups() {
        return groups;
    }

    public List<StructureType> structureTypes() {
        return structureTypes;
    }

    public List<StructureInstance> structureInstances() {
        return structureInstances;
    }

    /** All tags, structure elements included, in definition order. */
    public List<TagDefinition> tags() {
        return table.definitions();
    }

    public Optional<TagDefinition> tag(String tagName) {
        return Optional.ofNullable(table.get(tagName)).map(t -> t.definition());
    }

    public List<ArchiveTimer> timers() {
        return timers;
    }

    public List<ArchiveDefinition> archives() {
        return archives;
    }

    public AlarmConfiguration alarms() {
        return alarms;
    }

    /** The current value of a tag, or empty when it does not exist. */
    public Optional<TagValue> value(String tagName) {
        return Optional.ofNullable(table.read(tagName, System.currentTimeMillis()));
    }

    /**
     * Writes a tag as a client would, validated by type and limits.
     *
     * @param value Boolean, a Number, String, byte[] or Instant
     * @throws org.tagbench.simulator.model.ValueRejectedException when the tag does not exist or the value does not fit
     */
    public void setValue(String tagName, Object value) {
        table.write(tagName, value, System.currentTimeMillis());
    }

    TagTable table() {
        return table;
    }

    /** Collects a plant's configuration and checks its references when built. */
    public static final class Builder {
        private final String name;
        private final List<Connection> connections = new ArrayList<>();
        private final List<TagGroup> groups = new ArrayList<>();
        private final List<StructureType> structureTypes = new ArrayList<>();
        private final List<StructureInstance> structureInstances = new ArrayList<>();
        private final List<TagDefinition> tags = new ArrayList<>();
        private final List<ArchiveTimer> timers = new ArrayList<>();
        private final List<ArchiveDefinition> archives = new ArrayList<>();
        private AlarmConfiguration alarms = AlarmConfiguration.EMPTY;

        private Builder(String name) {
            this.name = name == null || name.isBlank() ? "Plant" : name;
        }

        public Builder connection(Connection c) {
            connections.add(c);
            return this;
        }

        public Builder group(TagGroup g) {
            groups.add(g);
            return this;
        }

        public Builder structureType(StructureType t) {
            structureTypes.add(t);
            return this;
        }

        public Builder structureInstance(StructureInstance i) {
            structureInstances.add(i);
            return this;
        }

        /** Adds a tag; a tag named like a structure element replaces the element's template. */
        public Builder tag(TagDefinition t) {
            tags.add(t);
            return this;
        }

        public Builder timer(ArchiveTimer t) {
            timers.add(t);
            return this;
        }

        public Builder archive(ArchiveDefinition a) {
            archives.add(a);
            return this;
        }

        public Builder alarms(AlarmConfiguration a) {
            alarms = a == null ? AlarmConfiguration.EMPTY : a;
            return this;
        }

        /**
         * @throws IllegalArgumentException naming the broken reference or duplicate
         */
        public Plant build() {
            Set<String> connectionNames = unique(connections.stream().map(Connection::name).toList(), "connection");
            Set<String> groupNames = unique(groups.stream().map(TagGroup::name).toList(), "tag group");
            for (TagGroup g : groups) {
                requireKnown(connectionNames, g.connection(), "Tag group '" + g.name() + "'", "connection");
            }
            Map<String, StructureType> types = new HashMap<>();
            for (StructureType t : structureTypes) {
                if (types.put(t.name(), t) != null) {
                    throw new IllegalArgumentException("Structure type '" + t.name() + "' is defined twice.");
                }
            }
            Map<String, TagDefinition> all = new LinkedHashMap<>();
            for (StructureInstance instance : structureInstances) {
                StructureType type = types.get(instance.type());
                if (type == null) {
                    throw new IllegalArgumentException("Structure instance '" + instance.name() + "' uses type '"
                            + instance.type() + "', which is not defined under structureTypes.");
                }
                for (TagDefinition member : type.members()) {
                    TagDefinition element = member.toBuilder().name(instance.name() + "." + member.name())
                            .connection(instance.connection()).group(instance.group())
                            .structureInstance(instance.name()).build();
                    if (all.put(element.name(), element) != null) {
                        throw new IllegalArgumentException("Structure instance '" + instance.name() + "' is defined twice.");
                    }
                }
            }
            Set<String> explicit = new HashSet<>();
            for (TagDefinition t : tags) {
                if (!explicit.add(t.name())) {
                    throw new IllegalArgumentException("Tag '" + t.name() + "' is defined twice. Tag names must be unique.");
                }
                TagDefinition element = all.get(t.name());
                all.put(t.name(), element == null ? t : t.toBuilder().structureInstance(element.structureInstance()).build());
            }
            for (TagDefinition t : all.values()) {
                requireKnown(connectionNames, t.connection(), "Tag '" + t.name() + "'", "connection");
                requireKnown(groupNames, t.group(), "Tag '" + t.name() + "'", "tag group");
            }
            Set<String> timerNames = unique(timers.stream().map(ArchiveTimer::name).toList(), "timer");
            unique(archives.stream().map(ArchiveDefinition::name).toList(), "archive");
            for (ArchiveDefinition a : archives) {
                unique(a.variables().stream().map(ArchiveVariable::name).toList(), "variable of archive " + a.name());
                for (ArchiveVariable v : a.variables()) {
                    requireKnown(all.keySet(), v.tag(), "Archive variable '" + a.name() + "/" + v.name() + "'", "tag");
                    requireKnown(timerNames, v.timer(), "Archive variable '" + a.name() + "/" + v.name() + "'", "timer");
                }
            }
            Set<Integer> numbers = new HashSet<>();
            for (MessageDefinition m : alarms.messages()) {
                if (!numbers.add(m.number())) {
                    throw new IllegalArgumentException("Message number " + m.number() + " is used twice.");
                }
                requireKnown(all.keySet(), m.tag(), "Message " + m.number(), "tag");
            }
            for (LimitValue l : alarms.limitValues()) {
                requireKnown(all.keySet(), l.tag(), "Limit value '" + l.name() + "'", "tag");
                if (!numbers.contains(l.messageNumber())) {
                    throw new IllegalArgumentException("Limit value '" + l.name() + "' raises message "
                            + l.messageNumber() + ", which is not defined under alarms.messages.");
                }
            }
            return new Plant(this, new ArrayList<>(all.values()));
        }

        private static Set<String> unique(List<String> names, String what) {
            Set<String> set = new HashSet<>();
            for (String n : names) {
                if (!set.add(n)) {
                    throw new IllegalArgumentException("The " + what + " '" + n + "' is defined twice.");
                }
            }
            return set;
        }

        private static void requireKnown(Set<String> known, String ref, String who, String what) {
            if (ref != null && !known.contains(ref)) {
                throw new IllegalArgumentException(who + " refers to " + what + " '" + ref + "', which is not defined.");
            }
        }
    }
}
