package org.tagbench.simulator.internal.runtime;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tagbench.simulator.model.AlarmConfiguration;
import org.tagbench.simulator.model.LimitValue;
import org.tagbench.simulator.model.MessageDefinition;
import org.tagbench.simulator.model.TagValue;

/**
 * Limit monitoring and the alarm runtime lists: active messages, short-term and long-term
 * archive, hit counts. Thread-safe.
 */
public final class AlarmRuntime {

    /** Events kept by the short-term archive. */
    public static final int SHORT_TERM_CAPACITY = 1000;
    /** Events kept by the long-term archive. */
    public static final int LONG_TERM_CAPACITY = 20000;

    /** How often a message came, and when it last did. */
    public record Hits(MessageDefinition message, long count, long lastCameMillis) {
    }

    private final TagTable tags;
    private final List<LimitValue> limits;
    private final Map<Integer, MessageDefinition> messages = new HashMap<>();
    private final boolean[] violated;
    private final Map<Integer, AlarmEvent> active = new LinkedHashMap<>();
    private final Deque<AlarmEvent> shortTerm = new ArrayDeque<>();
    private final Deque<AlarmEvent> longTerm = new ArrayDeque<>();
    private final Map<Integer, Hits> hits = new LinkedHashMap<>();
    private long sequence;

    public AlarmRuntime(TagTable tags, AlarmConfiguration configuration) {
        this.tags = tags;
        this.limits = configuration.limitValues();
        this.violated = new boolean[limits.size()];
        configuration.messages().forEach(m -> messages.put(m.number(), m));
    }

    /** Checks every limit value against its tag's current value. */
    public synchronized void evaluate(long now) {
        for (int i = 0; i < limits.size(); i++) {
            LimitValue limit = limits.get(i);
            TagValue value = tags.read(limit.tag(), now);
            double d = value == null ? Double.NaN : ValueCodec.toDouble(value.value());
            if (Double.isNaN(d)) {
                continue;
            }
            if (!violated[i] && limit.violatedBy(d)) {
                violated[i] = true;
                record(limit.messageNumber(), AlarmEvent.Kind.CAME, now, value.value());
            } else if (violated[i] && limit.clearedBy(d)) {
                violated[i] = false;
                record(limit.messageNumber(), AlarmEvent.Kind.WENT, now, value.value());
            }
        }
    }

    /**
     * Acknowledges an active message as an operator at the runtime would: the message list shows it as
     * acknowledged until it goes, and the archives log the acknowledgement.
     *
     * @return false when the message is not active or already acknowledged
     */
    public synchronized boolean acknowledge(int number, long now) {
        AlarmEvent current = active.get(number);
        if (current == null || current.kind() == AlarmEvent.Kind.ACKNOWLEDGED) {
            return false;
        }
        record(number, AlarmEvent.Kind.ACKNOWLEDGED, now, current.value());
        return true;
    }

    private void record(int number, AlarmEvent.Kind kind, long now, Object value) {
        MessageDefinition message = messages.get(number);
        AlarmEvent event = new AlarmEvent(++sequence, message, kind, now, value);
        switch (kind) {
            case CAME -> {
                active.put(number, event);
                Hits h = hits.get(number);
                hits.put(number, new Hits(message, h == null ? 1 : h.count() + 1, now));
            }
            case ACKNOWLEDGED -> active.put(number, new AlarmEvent(event.sequence(), message, kind,
                    active.get(number).timeMillis(), value)); // the list keeps the time the message came
            case WENT -> active.remove(number);
        }
        add(shortTerm, event, SHORT_TERM_CAPACITY);
        add(longTerm, event, LONG_TERM_CAPACITY);
    }

    private static void add(Deque<AlarmEvent> list, AlarmEvent event, int capacity) {
        list.addFirst(event);
        if (list.size() > capacity) {
            list.removeLast();
        }
    }

    /** Messages that came and have not gone, newest first. */
    public synchronized List<AlarmEvent> active() {
        List<AlarmEvent> list = new ArrayList<>(active.values());
        java.util.Collections.reverse(list);
        return list;
    }

    /** Events of the short-term archive, newest first. */
    public synchronized List<AlarmEvent> shortTerm() {
        return new ArrayList<>(shortTerm);
    }

    /** Events of the long-term archive, newest first. */
    public synchronized List<AlarmEvent> longTerm() {
        return new ArrayList<>(longTerm);
    }

    public synchronized List<Hits> hits() {
        return new ArrayList<>(hits.values());
    }
}
