package org.tagbench.simulator.model;

import java.util.Objects;

/**
 * Limit monitoring: raises {@code messageNumber} while the tag is beyond the limit, and clears it
 * when the value is back by more than the hysteresis.
 */
public record LimitValue(String name, String tag, Direction direction, double limit, double hysteresis,
        int messageNumber) {

    public enum Direction {
        HIGH, LOW
    }

    public LimitValue {
        Connection.requireName(name, "limit value");
        Connection.requireName(tag, "tag reference on limit value " + name);
        Objects.requireNonNull(direction, "direction");
    }

    public boolean violatedBy(double value) {
        return direction == Direction.HIGH ? value > limit : value < limit;
    }

    public boolean clearedBy(double value) {
        return direction == Direction.HIGH ? value <= limit - hysteresis : value >= limit + hysteresis;
    }
}
