package org.tagbench.simulator.model;

/**
 * Linear scaling between the process value range (the controller's raw value) and the tag value
 * range, as configured on a WinCC tag. The simulator reports it and produces tag values.
 */
public record Scaling(double processLow, double processHigh, double valueLow, double valueHigh) {

    public double toValue(double process) {
        return valueLow + (process - processLow) * (valueHigh - valueLow) / (processHigh - processLow);
    }
}
