package org.tagbench.simulator.model;

import java.time.Instant;

/**
 * A tag's value at one moment.
 *
 * @param name      tag name
 * @param dataType  the tag's data type
 * @param value     Boolean, Long, Double, String, byte[] (raw) or Instant (date/time)
 * @param timestamp when the value was produced
 * @param quality   OPC-style quality byte, 192 = good
 */
public record TagValue(String name, DataType dataType, Object value, Instant timestamp, int quality) {

    public static final int GOOD = 192;
}
