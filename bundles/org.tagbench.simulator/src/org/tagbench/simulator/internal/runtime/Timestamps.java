package org.tagbench.simulator.internal.runtime;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Formats timestamps as ISO-8601 in UTC with milliseconds and a {@code Z} offset, caching the last
 * result per thread because bulk answers repeat the same few timestamps.
 */
public final class Timestamps {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private static final ThreadLocal<Object[]> LAST = ThreadLocal.withInitial(() -> new Object[] { Long.MIN_VALUE, "" });

    private Timestamps() {
    }

    public static String format(long epochMillis) {
        Object[] last = LAST.get();
        if ((Long) last[0] == epochMillis) {
            return (String) last[1];
        }
        String text = FORMAT.format(Instant.ofEpochMilli(epochMillis));
        last[0] = epochMillis;
        last[1] = text;
        return text;
    }
}
