package org.tagbench.simulator.model;

/**
 * A tag logging timer: archives record their variables once per cycle.
 */
public record ArchiveTimer(String name, long cycleMillis) {

    public ArchiveTimer {
        Connection.requireName(name, "timer");
        if (cycleMillis <= 0) {
            throw new IllegalArgumentException("Timer " + name + " needs a positive cycleMillis.");
        }
    }
}
