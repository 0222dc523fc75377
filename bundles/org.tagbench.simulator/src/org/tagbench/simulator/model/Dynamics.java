package org.tagbench.simulator.model;

import java.util.Objects;

/**
 * How a tag's value moves on its own so that live views change.
 *
 * @param kind         the kind of motion
 * @param min          lower bound (ramp, sine, random walk) or first value (counter)
 * @param max          upper bound; a counter wraps to {@code min} after it
 * @param periodMillis ramp and sine period; step cycle of random walk and counter
 * @param step         step size of random walk and counter
 * @param source       the followed tag ({@link Kind#FOLLOW})
 * @param factor       multiplier applied to the followed value
 * @param offset       offset added to the followed value
 */
public record Dynamics(Kind kind, double min, double max, long periodMillis, double step, String source,
        double factor, double offset) {

    public enum Kind {
        CONSTANT, RAMP, SINE, RANDOM_WALK, COUNTER, FOLLOW
    }

    public static final Dynamics CONSTANT = new Dynamics(Kind.CONSTANT, 0, 0, 0, 0, null, 1, 0);

    public Dynamics {
        Objects.requireNonNull(kind, "kind");
        if (kind != Kind.CONSTANT && kind != Kind.FOLLOW && periodMillis <= 0) {
            throw new IllegalArgumentException(kind + " needs a positive periodMillis.");
        }
        if (kind == Kind.FOLLOW && (source == null || source.isBlank())) {
            throw new IllegalArgumentException("FOLLOW needs the name of the source tag.");
        }
    }

    public static Dynamics ramp(double min, double max, long periodMillis) {
        return new Dynamics(Kind.RAMP, min, max, periodMillis, 0, null, 1, 0);
    }

    public static Dynamics sine(double min, double max, long periodMillis) {
        return new Dynamics(Kind.SINE, min, max, periodMillis, 0, null, 1, 0);
    }

    public static Dynamics randomWalk(double min, double max, double step, long cycleMillis) {
        return new Dynamics(Kind.RANDOM_WALK, min, max, cycleMillis, step, null, 1, 0);
    }

    public static Dynamics counter(double start, double max, double step, long cycleMillis) {
        return new Dynamics(Kind.COUNTER, start, max, cycleMillis, step, null, 1, 0);
    }

    public static Dynamics follow(String source, double factor, double offset) {
        return new Dynamics(Kind.FOLLOW, 0, 0, 0, 0, source, factor, offset);
    }
}
