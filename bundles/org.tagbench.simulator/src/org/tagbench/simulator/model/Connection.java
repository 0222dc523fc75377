package org.tagbench.simulator.model;

/**
 * A connection below a communication driver.
 *
 * @param name       connection name
 * @param driver     communication driver, e.g. "SIMATIC S7-1200, S7-1500 Channel"
 * @param unit       channel unit, e.g. "OMS+"
 * @param parameters connection parameters as shown in WinCC, e.g. an address
 * @param comment    free text
 */
public record Connection(String name, String driver, String unit, String parameters, String comment) {

    public Connection {
        requireName(name, "connection");
        driver = driver == null ? "" : driver;
        unit = unit == null ? "" : unit;
        parameters = parameters == null ? "" : parameters;
        comment = comment == null ? "" : comment;
    }

    static void requireName(String name, String what) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A " + what + " needs a name.");
        }
    }
}
