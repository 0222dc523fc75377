package org.tagbench.simulator.model;

import java.util.Objects;

/**
 * The configuration of one tag.
 *
 * @param name              unique, case-sensitive tag name; structure elements are {@code Instance.Element}
 * @param dataType          WinCC data type
 * @param connection        connection name, or null for an internal tag
 * @param group             tag group name, or null
 * @param structureInstance the structure instance this tag belongs to, or null
 * @param comment           free text, never null
 * @param unit              engineering unit, never null
 * @param length            maximum length in characters (text) or bytes (raw); 0 for other types
 * @param limits            write limits, never null
 * @param scaling           linear scaling, or null
 * @param startValue        value at runtime start, in the Java form of {@link TagValue#value()} (Integer, Short
 *                          and Byte become Long, Float becomes Double) or its wire form, or null for the type's
 *                          zero value
 * @param dynamics          how the value moves, never null
 */
public record TagDefinition(String name, DataType dataType, String connection, String group,
        String structureInstance, String comment, String unit, int length, Limits limits, Scaling scaling,
        Object startValue, Dynamics dynamics) {

    public TagDefinition {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("A tag needs a name.");
        }
        Objects.requireNonNull(dataType, "dataType");
        comment = comment == null ? "" : comment;
        unit = unit == null ? "" : unit;
        limits = limits == null ? Limits.NONE : limits;
        dynamics = dynamics == null ? Dynamics.CONSTANT : dynamics;
        if (startValue instanceof Integer || startValue instanceof Short || startValue instanceof Byte) {
            startValue = ((Number) startValue).longValue();
        } else if (startValue instanceof Float f) {
            startValue = f.doubleValue();
        }
        if (length <= 0) {
            length = dataType.isText() ? 255 : dataType == DataType.RAW ? 1024 : 0;
        }
    }

    public static Builder builder(String name, DataType dataType) {
        return new Builder(name, dataType);
    }

    /** A builder starting from this definition. */
    public Builder toBuilder() {
        Builder b = new Builder(name, dataType);
        b.connection = connection;
        b.group = group;
        b.structureInstance = structureInstance;
        b.comment = comment;
        b.unit = unit;
        b.length = length;
        b.limits = limits;
        b.scaling = scaling;
        b.startValue = startValue;
        b.dynamics = dynamics;
        return b;
    }

    /** Builds tag definitions. */
    public static final class Builder {
        private String name;
        private final DataType dataType;
        private String connection;
        private String group;
        private String structureInstance;
        private String comment;
        private String unit;
        private int length;
        private Limits limits;
        private Scaling scaling;
        private Object startValue;
        private Dynamics dynamics;

        private Builder(String name, DataType dataType) {
            this.name = name;
            this.dataType = dataType;
        }

        public Builder name(String value) {
            name = value;
            return this;
        }

        public Builder connection(String value) {
            connection = value;
            return this;
        }

        public Builder group(String value) {
            group = value;
            return this;
        }

        public Builder structureInstance(String value) {
            structureInstance = value;
            return this;
        }

        public Builder comment(String value) {
            comment = value;
            return this;
        }

        public Builder unit(String value) {
            unit = value;
            return this;
        }

        public Builder length(int value) {
            length = value;
            return this;
        }

        public Builder limits(Double low, Double high) {
            limits = new Limits(low, high);
            return this;
        }

        public Builder limits(Limits value) {
            limits = value;
            return this;
        }

        public Builder scaling(Scaling value) {
            scaling = value;
            return this;
        }

        public Builder startValue(Object value) {
            startValue = value;
            return this;
        }

        public Builder dynamics(Dynamics value) {
            dynamics = value;
            return this;
        }

        public TagDefinition build() {
            return new TagDefinition(name, dataType, connection, group, structureInstance, comment, unit, length,
                    limits, scaling, startValue, dynamics);
        }
    }
}
