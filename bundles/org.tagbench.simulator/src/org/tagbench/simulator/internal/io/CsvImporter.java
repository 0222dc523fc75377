package org.tagbench.simulator.internal.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.tagbench.simulator.Plant;
import org.tagbench.simulator.model.Connection;
import org.tagbench.simulator.model.DataType;
import org.tagbench.simulator.model.Dynamics;
import org.tagbench.simulator.model.Scaling;
import org.tagbench.simulator.model.StructureInstance;
import org.tagbench.simulator.model.StructureType;
import org.tagbench.simulator.model.TagDefinition;
import org.tagbench.simulator.model.TagGroup;

/**
 * Imports a tag table as engineers export it: one header row, then one tag per row. The
 * delimiter ({@code ;}, {@code ,} or tab) is detected from the header; with {@code ;} a decimal
 * comma is accepted. Header names are matched ignoring case, spaces and underscores; the columns
 * are listed in the README. Connections, groups, structure types and instances are derived from
 * the rows.
 */
public final class CsvImporter {

    private static final Map<String, String> COLUMNS = Map.ofEntries(
            Map.entry("name", "name"), Map.entry("tagname", "name"), Map.entry("datatype", "dataType"),
            Map.entry("type", "dataType"), Map.entry("connection", "connection"), Map.entry("group", "group"),
            Map.entry("taggroup", "group"), Map.entry("comment", "comment"), Map.entry("unit", "unit"),
            Map.entry("length", "length"), Map.entry("lowlimit", "low"), Map.entry("highlimit", "high"),
            Map.entry("startvalue", "start"), Map.entry("scalingprocesslow", "pLow"),
            Map.entry("scalingprocesshigh", "pHigh"), Map.entry("scalingvaluelow", "vLow"),
            Map.entry("scalingvaluehigh", "vHigh"), Map.entry("structuretype", "structureType"),
            Map.entry("driver", "driver"), Map.entry("communicationdriver", "driver"),
            Map.entry("dynamics", "dynamics"));

    private CsvImporter() {
    }

    public static Plant read(Reader reader, String plantName) throws IOException {
        BufferedReader in = new BufferedReader(reader);
        String header = in.readLine();
        if (header == null) {
            throw new IllegalArgumentException("The tag table is empty; it needs a header row with at least Name and DataType.");
        }
        header = header.replace("\uFEFF", "");
        char delimiter = delimiter(header);
        List<String> headers = split(header, delimiter);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < headers.size(); i++) {
            String key = COLUMNS.get(headers.get(i).toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]", ""));
            if (key != null) {
                index.putIfAbsent(key, i);
            }
        }
        if (!index.containsKey("name") || !index.containsKey("dataType")) {
            throw new IllegalArgumentException("The tag table header needs the columns Name and DataType (found: "
                    + String.join(", ", headers) + ").");
        }
        Plant.Builder plant = Plant.builder(plantName);
        Map<String, Connection> connections = new LinkedHashMap<>();
        Map<String, TagGroup> groups = new LinkedHashMap<>();
        Map<String, Map<String, TagDefinition>> types = new LinkedHashMap<>();
        Map<String, StructureInstance> instances = new LinkedHashMap<>();
        List<TagDefinition> tags = new ArrayList<>();
        String line;
        int lineNo = 1;
        while ((line = in.readLine()) != null) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            Row row = new Row(split(line, delimiter), index, delimiter == ';', lineNo);
            try {
                TagDefinition tag = row.tag();
                if (tag.connection() != null) {
                    connections.putIfAbsent(tag.connection(), new Connection(tag.connection(), row.get("driver"), null, null, null));
                }
                if (tag.group() != null) {
                    groups.putIfAbsent(tag.group(), new TagGroup(tag.group(), tag.connection(), null));
                }
                String type = row.get("structureType");
                int dot = tag.name().lastIndexOf('.');
                if (type != null && dot > 0) {
                    String instance = tag.name().substring(0, dot);
                    types.computeIfAbsent(type, k -> new LinkedHashMap<>()).putIfAbsent(tag.name().substring(dot + 1),
                            tag.toBuilder().name(tag.name().substring(dot + 1)).connection(null).group(null).build());
                    instances.putIfAbsent(instance, new StructureInstance(instance, type, tag.connection(), tag.group(), null));
                }
                tags.add(tag);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Tag table line " + lineNo + ": " + e.getMessage(), e);
            }
        }
        connections.values().forEach(plant::connection);
        groups.values().forEach(plant::group);
        types.forEach((name, members) -> plant.structureType(new StructureType(name, List.copyOf(members.values()), null)));
        instances.values().forEach(plant::structureInstance);
        tags.forEach(plant::tag);
        return plant.build();
    }

    private static char delimiter(String header) {
        long semicolons = header.chars().filter(c -> c == ';').count();
        long tabs = header.chars().filter(c -> c == '\t').count();
        long commas = header.chars().filter(c -> c == ',').count();
        if (tabs > semicolons && tabs > commas) {
            return '\t';
        }
        return semicolons >= commas && semicolons > 0 ? ';' : ',';
    }

    static List<String> split(String line, char delimiter) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == delimiter) {
                fields.add(field.toString().trim());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString().trim());
        return fields;
    }

    /** One data row. */
    private record Row(List<String> fields, Map<String, Integer> index, boolean decimalComma, int lineNo) {

        String get(String key) {
            Integer i = index.get(key);
            if (i == null || i >= fields.size() || fields.get(i).isEmpty()) {
                return null;
            }
            return fields.get(i);
        }

        Double number(String key) {
            String s = get(key);
            if (s == null) {
                return null;
            }
            try {
                return Double.valueOf(decimalComma ? s.replace(',', '.') : s);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("column " + key + " holds '" + s + "', which is not a number.");
            }
        }

        TagDefinition tag() {
            String name = get("name");
            if (name == null) {
                throw new IllegalArgumentException("the Name column is empty.");
            }
            DataType type = DataType.parse(get("dataType"));
            TagDefinition.Builder b = TagDefinition.builder(name, type).connection(get("connection"))
                    .group(get("group")).comment(get("comment")).unit(get("unit"))
                    .limits(number("low"), number("high"));
            Double length = number("length");
            if (length != null) {
                b.length(length.intValue());
            }
            if (get("pLow") != null) {
                b.scaling(new Scaling(number("pLow"), number("pHigh"), number("vLow"), number("vHigh")));
            }
            String start = get("start");
            if (start != null) {
                b.startValue(startValue(type, start));
            }
            String dynamics = get("dynamics");
            if (dynamics != null) {
                b.dynamics(dynamics(dynamics));
            }
            return b.build();
        }

        private Object startValue(DataType type, String s) {
            if (type == DataType.BINARY) {
                return s.equals("1") || s.equalsIgnoreCase("true");
            }
            if (type.isNumeric()) {
                Double d = number("start");
                return type.isInteger() && d == Math.rint(d) ? (Object) d.longValue() : d;
            }
            return s;
        }

        private Dynamics dynamics(String spec) {
            String[] p = spec.trim().split("\\s+");
            Dynamics.Kind kind = Dynamics.Kind.valueOf(p[0].toUpperCase(Locale.ROOT));
            if (kind == Dynamics.Kind.FOLLOW) {
                return Dynamics.follow(p[1], p.length > 2 ? Double.parseDouble(p[2]) : 1, p.length > 3 ? Double.parseDouble(p[3]) : 0);
            }
            if (kind == Dynamics.Kind.CONSTANT) {
                return Dynamics.CONSTANT;
            }
            if (p.length < 4) {
                throw new IllegalArgumentException("Dynamics '" + spec + "' needs: KIND min max periodMillis [step].");
            }
            return new Dynamics(kind, Double.parseDouble(p[1]), Double.parseDouble(p[2]), Long.parseLong(p[3]),
                    p.length > 4 ? Double.parseDouble(p[4]) : 1, null, 1, 0);
        }
    }
}
