package org.tagbench.simulator.internal.runtime;

import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

import org.tagbench.simulator.model.DataType;
import org.tagbench.simulator.model.Dynamics;
import org.tagbench.simulator.model.TagDefinition;
import org.tagbench.simulator.model.TagValue;

/**
 * A tag at run time: its definition, the last written value and the evaluation of its dynamics.
 * <p>
 * Dynamics are evaluated when the value is read, so a plant of 100,000 tags costs nothing while
 * nobody looks. A value written to a tag with dynamics holds for one period, then the dynamics
 * take over again (a random walk continues from the written value). Thread-safe.
 */
public final class LiveTag {

    /** Resolution of ramp and sine timestamps. */
    private static final long QUANTUM_MILLIS = 100;
    /** Longest catch-up of a random walk after a pause. */
    private static final long MAX_WALK_STEPS = 1000;

    private final TagDefinition definition;
    private final Dynamics dynamics;
    private final long originMillis;
    private volatile Written written;
    private volatile boolean changedByWrite;
    private LiveTag source;
    private double walkValue;
    private long walkStep;

    private record Written(Object value, long atMillis) {
    }

    public LiveTag(TagDefinition definition, Object startValue, long originMillis) {
        this.definition = definition;
        this.dynamics = definition.dynamics();
        this.originMillis = originMillis;
        this.written = new Written(startValue, originMillis);
        this.walkValue = ValueCodec.toDouble(startValue);
        if (Double.isNaN(walkValue)) {
            walkValue = dynamics.min();
        }
    }

    /** Links a FOLLOW tag to its source; called once while the plant is built. */
    public void follow(LiveTag sourceTag) {
        this.source = sourceTag;
    }

    public TagDefinition definition() {
        return definition;
    }

    public String name() {
        return definition.name();
    }

    /** True once a client or the API wrote this tag (such values are persisted). */
    public boolean changedByWrite() {
        return changedByWrite;
    }

    /** The last value written (or the start value), without dynamics. */
    public Object writtenValue() {
        return written.value();
    }

    /** Stores an already validated value. */
    public void write(Object value, long nowMillis) {
        written = new Written(value, nowMillis);
        changedByWrite = true;
        if (dynamics.kind() == Dynamics.Kind.RANDOM_WALK) {
            synchronized (this) {
                double d = ValueCodec.toDouble(value);
                if (!Double.isNaN(d)) {
                    walkValue = d;
                }
            }
        }
    }

    public TagValue read(long nowMillis) {
        return read(nowMillis, 0);
    }

    private TagValue read(long now, int depth) {
        Written w = written;
        Dynamics.Kind kind = dynamics.kind();
        long hold = dynamics.periodMillis() > 0 ? dynamics.periodMillis() : 1000;
        if (kind == Dynamics.Kind.CONSTANT || changedByWrite && now - w.atMillis() < hold || depth > 8) {
            return value(w.value(), w.atMillis());
        }
        DataType type = definition.dataType();
        return switch (kind) {
            case RAMP, SINE, COUNTER -> {
                long at = sampleTime(now);
                yield value(ValueCodec.fromNumber(type, pure(at), at), at);
            }
            case RANDOM_WALK -> walk(now);
            case FOLLOW -> follow(now, depth);
            case CONSTANT -> value(w.value(), w.atMillis());
        };
    }

    /**
     * The value at an earlier time, for filling archives at start: exact for ramp, sine and
     * counter; the current value for the other kinds.
     */
    public Object valueAt(long atMillis) {
        return switch (dynamics.kind()) {
            case RAMP, SINE, COUNTER -> ValueCodec.fromNumber(definition.dataType(), pure(atMillis), atMillis);
            default -> read(atMillis).value();
        };
    }

    private long sampleTime(long now) {
        if (dynamics.kind() == Dynamics.Kind.COUNTER) {
            long period = dynamics.periodMillis();
            return originMillis + Math.floorDiv(now - originMillis, period) * period;
        }
        return now - Math.floorMod(now, QUANTUM_MILLIS);
    }

    private double pure(long at) {
        double min = dynamics.min();
        double max = dynamics.max();
        long period = dynamics.periodMillis();
        long elapsed = at - originMillis;
        return switch (dynamics.kind()) {
            case RAMP -> min + (max - min) * Math.floorMod(elapsed, period) / period;
            case SINE -> (min + max) / 2 + (max - min) / 2 * Math.sin(2 * Math.PI * Math.floorMod(elapsed, period) / period);
            case COUNTER -> {
                double step = dynamics.step() == 0 ? 1 : dynamics.step();
                double span = max - min + step;
                long steps = Math.floorDiv(elapsed, period);
                yield span <= 0 ? min : min + (steps * step) % span;
            }
            default -> min;
        };
    }

    private synchronized TagValue walk(long now) {
        long period = dynamics.periodMillis();
        long target = Math.floorDiv(now - originMillis, period);
        if (target - walkStep > MAX_WALK_STEPS) {
            walkStep = target - MAX_WALK_STEPS;
        }
        ThreadLocalRandom random = ThreadLocalRandom.current();
        double step = dynamics.step();
        while (walkStep < target) {
            walkValue = Math.max(dynamics.min(), Math.min(dynamics.max(), walkValue + random.nextDouble(-step, step)));
            walkStep++;
        }
        long at = originMillis + walkStep * period;
        return value(ValueCodec.fromNumber(definition.dataType(), walkValue, at), at);
    }

    private TagValue follow(long now, int depth) {
        if (source == null) {
            return value(written.value(), written.atMillis());
        }
        TagValue followed = source.read(now, depth + 1);
        double d = ValueCodec.toDouble(followed.value());
        long at = followed.timestamp().toEpochMilli();
        Object v;
        if (Double.isNaN(d)) {
            v = definition.dataType().isText() ? String.valueOf(followed.value()) : written.value();
        } else {
            v = ValueCodec.fromNumber(definition.dataType(), d * dynamics.factor() + dynamics.offset(), at);
        }
        return value(v, at);
    }

    private TagValue value(Object v, long at) {
        return new TagValue(definition.name(), definition.dataType(), v, Instant.ofEpochMilli(at), TagValue.GOOD);
    }
}
