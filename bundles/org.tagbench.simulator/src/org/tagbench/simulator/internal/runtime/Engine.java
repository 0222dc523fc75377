package org.tagbench.simulator.internal.runtime;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.tagbench.simulator.model.AlarmConfiguration;
import org.tagbench.simulator.model.ArchiveDefinition;
import org.tagbench.simulator.model.ArchiveTimer;
import org.tagbench.simulator.model.ArchiveVariable;

/**
 * The runtime's clockwork: records archive variables at their timer cycles and runs limit
 * monitoring, on one daemon thread. Paused while the runtime is stopped. At start, each archive
 * is filled with the values its variables had over its capacity (at most 1,000 cycles back) so
 * that trends show history at once.
 */
public final class Engine implements AutoCloseable {

    private static final int MAX_BACKFILL = 1000;

    private final TagTable tags;
    private final Map<String, ArchiveTimer> timers = new HashMap<>();
    private final Map<String, Long> nextDue = new HashMap<>();
    private final Map<String, Map<String, ArchiveSeries>> series = new HashMap<>();
    private final List<ArchiveDefinition> archives;
    private final AlarmRuntime alarms;
    private final ScheduledExecutorService clock;
    private volatile boolean running = true;

    public Engine(TagTable tags, List<ArchiveTimer> timerList, List<ArchiveDefinition> archives,
            AlarmConfiguration alarmConfiguration) {
        this.tags = tags;
        this.archives = archives;
        this.alarms = new AlarmRuntime(tags, alarmConfiguration);
        long now = System.currentTimeMillis();
        long tick = 250;
        for (ArchiveTimer t : timerList) {
            timers.put(t.name(), t);
            nextDue.put(t.name(), now - Math.floorMod(now, t.cycleMillis()) + t.cycleMillis());
            tick = Math.min(tick, Math.max(20, t.cycleMillis() / 2));
        }
        for (ArchiveDefinition a : archives) {
            Map<String, ArchiveSeries> byVariable = new HashMap<>();
            for (ArchiveVariable v : a.variables()) {
                ArchiveSeries s = new ArchiveSeries(a.capacity());
                long cycle = timers.get(v.timer()).cycleMillis();
                long last = now - Math.floorMod(now, cycle);
                LiveTag tag = tags.get(v.tag());
                for (int k = Math.min(a.capacity(), MAX_BACKFILL) - 1; k >= 0; k--) {
                    long t = last - k * cycle;
                    s.add(t, tag.valueAt(t));
                }
                byVariable.put(v.name(), s);
            }
            series.put(a.name(), byVariable);
        }
        clock = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "tagbench-simulator-engine");
            t.setDaemon(true);
            return t;
        });
        clock.scheduleAtFixedRate(this::tick, tick, tick, TimeUnit.MILLISECONDS);
    }

    private void tick() {
        if (!running) {
            return;
        }
        long now = System.currentTimeMillis();
        for (Map.Entry<String, Long> due : nextDue.entrySet()) {
            long cycle = timers.get(due.getKey()).cycleMillis();
            long at = due.getValue();
            if (now >= at) {
                record(due.getKey(), at);
                long next = at + cycle;
                due.setValue(next <= now ? now - Math.floorMod(now, cycle) + cycle : next);
            }
        }
        alarms.evaluate(now);
    }

    private void record(String timer, long at) {
        for (ArchiveDefinition a : archives) {
            Map<String, ArchiveSeries> byVariable = series.get(a.name());
            for (ArchiveVariable v : a.variables()) {
                if (v.timer().equals(timer)) {
                    byVariable.get(v.name()).add(at, tags.get(v.tag()).read(at).value());
                }
            }
        }
    }

    /** The recorded values of an archive variable, or null when either name is unknown. */
    public ArchiveSeries series(String archive, String variable) {
        Map<String, ArchiveSeries> byVariable = series.get(archive);
        return byVariable == null ? null : byVariable.get(variable);
    }

    public AlarmRuntime alarms() {
        return alarms;
    }

    public void setRunning(boolean value) {
        running = value;
    }

    public boolean running() {
        return running;
    }

    @Override
    public void close() {
        clock.shutdownNow();
    }
}
