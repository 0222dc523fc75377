package org.tagbench.simulator.model;

/**
 * Low and high limits of a numeric tag; writes outside them are rejected. Either may be null.
 */
public record Limits(Double low, Double high) {

    public static final Limits NONE = new Limits(null, null);

    public Limits {
        if (low != null && high != null && low > high) {
            throw new IllegalArgumentException("Low limit " + low + " is above high limit " + high + ".");
        }
    }

    public boolean contains(double value) {
        return (low == null || value >= low) && (high == null || value <= high);
    }
}
