package org.tagbench.simulator;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

/**
 * Live, thread-safe control of the injected faults of a running simulator. Each change takes
 * effect for requests that arrive after it. Methods return this for chaining.
 */
public final class Faults {

    private final AtomicReference<FaultSpec> spec;

    Faults(FaultSpec initial) {
        spec = new AtomicReference<>(initial == null ? FaultSpec.NONE : initial);
    }

    /** The faults in force now. */
    public FaultSpec current() {
        return spec.get();
    }

    /** Replaces all faults. */
    public Faults set(FaultSpec faults) {
        spec.set(faults == null ? FaultSpec.NONE : faults);
        return this;
    }

    public Faults update(UnaryOperator<FaultSpec> change) {
        spec.updateAndGet(change);
        return this;
    }

    /** Removes all faults. */
    public Faults clear() {
        return set(FaultSpec.NONE);
    }

    /** A fixed latency on every request. */
    public Faults latency(Duration fixed) {
        return update(f -> f.withLatency(fixed.toMillis(), fixed.toMillis()));
    }

    /** A random latency between min and max on every request. */
    public Faults latency(Duration min, Duration max) {
        return update(f -> f.withLatency(min.toMillis(), max.toMillis()));
    }

    /** Answers every request with {@code status} at {@code rate}. */
    public Faults status(int status, double rate) {
        return status("", status, rate);
    }

    /**
     * Answers requests below {@code path} (e.g. {@code /tagManagement/Values}) with {@code status} at {@code rate}.
     * A 3xx status redirects to the same path over plain http ({@code Location}), as a downgrade attack would.
     */
    public Faults status(String path, int status, double rate) {
        return update(f -> f.withStatusRule(new FaultSpec.StatusRule(path, status, rate)));
    }

    public Faults resetMidBody(double rate) {
        return update(f -> f.withResetRate(rate));
    }

    public Faults truncate(double rate) {
        return update(f -> f.withTruncateRate(rate));
    }

    public Faults malformed(double rate) {
        return update(f -> f.withMalformedRate(rate));
    }

    public Faults empty200(double rate) {
        return update(f -> f.withEmptyRate(rate));
    }

    public Faults fewerRows(double rate) {
        return update(f -> f.withFewerRowsRate(rate));
    }

    public Faults oversized(int extraBytes, double rate) {
        return update(f -> f.withOversized(extraBytes, rate));
    }

    /** Sends every body in chunks of {@code bytesPerChunk} with {@code interval} between them. */
    public Faults slowDrip(int bytesPerChunk, Duration interval) {
        return update(f -> f.withDrip(bytesPerChunk, interval.toMillis()));
    }
}
