package org.tagbench.simulator.internal.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * The recorded values of one archive variable, a ring buffer that keeps the newest values.
 * Thread-safe.
 */
public final class ArchiveSeries {

    /** One recorded value. */
    public record Sample(long timeMillis, Object value, int quality) {
    }

    private final long[] times;
    private final Object[] values;
    private int next;
    private int count;

    public ArchiveSeries(int capacity) {
        times = new long[capacity];
        values = new Object[capacity];
    }

    public synchronized void add(long timeMillis, Object value) {
        times[next] = timeMillis;
        values[next] = value;
        next = (next + 1) % times.length;
        count = Math.min(count + 1, times.length);
    }

    public synchronized int size() {
        return count;
    }

    /**
     * The newest {@code maxValues} samples with {@code from <= time <= to}, oldest first.
     */
    public synchronized List<Sample> query(long from, long to, int maxValues) {
        List<Sample> newestFirst = new ArrayList<>();
        for (int i = 1; i <= count && newestFirst.size() < maxValues; i++) {
            int idx = Math.floorMod(next - i, times.length);
            long t = times[idx];
            if (t < from) {
                break;
            }
            if (t <= to) {
                newestFirst.add(new Sample(t, values[idx], 192));
            }
        }
        List<Sample> result = new ArrayList<>(newestFirst.size());
        for (int i = newestFirst.size() - 1; i >= 0; i--) {
            result.add(newestFirst.get(i));
        }
        return result;
    }
}
