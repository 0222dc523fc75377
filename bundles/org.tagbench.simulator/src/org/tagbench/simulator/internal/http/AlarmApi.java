package org.tagbench.simulator.internal.http;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.tagbench.simulator.Role;
import org.tagbench.simulator.Variants;
import org.tagbench.simulator.internal.runtime.AlarmEvent;
import org.tagbench.simulator.internal.runtime.AlarmRuntime;
import org.tagbench.simulator.internal.runtime.Timestamps;
import org.tagbench.simulator.internal.runtime.ValueCodec;
import org.tagbench.simulator.model.AlarmConfiguration;
import org.tagbench.simulator.model.AlarmFilter;
import org.tagbench.simulator.model.AlarmItem;
import org.tagbench.simulator.model.LimitValue;
import org.tagbench.simulator.model.MessageDefinition;

import com.fasterxml.jackson.core.JsonGenerator;

/**
 * Alarm logging, spec section 6: configuration lists (paged, with singular forms) and runtime
 * lists per REST filter. Texts follow {@code Accept-Language} (default en-US).
 */
final class AlarmApi {

    static final String DEFAULT_LANGUAGE = "en-US";

    private final ServerContext context;
    private final AlarmConfiguration config;
    private final Map<String, AlarmFilter> filters;
    private final Map<String, MessageDefinition> messagesByKey = new HashMap<>();

    AlarmApi(ServerContext context) {
        this.context = context;
        this.config = context.plant().alarms();
        this.filters = TagConfigApi.index(config.filters(), AlarmFilter::name);
        for (MessageDefinition m : config.messages()) {
            messagesByKey.put(m.name(), m);
            messagesByKey.put(Integer.toString(m.number()), m);
        }
    }

    void register(Router r) {
        items(r, "MessageClasses", "MessageClass", "Message class", config.messageClasses(), null);
        items(r, "MessageTypes", "MessageType", "Message type", config.messageTypes(), "messageClass");
        items(r, "MessageGroups", "MessageGroup", "Message group", config.messageGroups(), null);
        items(r, "MessageBlocks", "MessageBlock", "Message block", config.messageBlocks(), null);
        r.add("GET", "alarmLogging/Messages", Role.READ,
                c -> Paging.page(c, config.messages(), (g, m) -> message(g, m, language(c))));
        r.add("GET", "alarmLogging/Message/{}", Role.READ, c -> Paging.single(messagesByKey.get(c.param(0)),
                (g, m) -> message(g, m, language(c)), "Message", c.param(0)));
        Map<String, LimitValue> limits = TagConfigApi.index(config.limitValues(), LimitValue::name);
        r.add("GET", "alarmLogging/LimitValues", Role.READ, c -> Paging.page(c, config.limitValues(), AlarmApi::limit));
        r.add("GET", "alarmLogging/LimitValue/{}", Role.READ,
                c -> Paging.single(limits.get(c.param(0)), AlarmApi::limit, "Limit value", c.param(0)));
        AlarmRuntime alarms = context.engine().alarms();
        events(r, "MessageList", alarms::active);
        events(r, "ShortTermArchive", alarms::shortTerm);
        events(r, "LongTermArchive", alarms::longTerm);
        r.add("GET", "alarmLogging/HitList/{}", Role.READ, this::hitList);
        r.add("GET", "alarmLogging/LockList/{}", Role.READ, this::lockList);
    }

    private void items(Router r, String plural, String singular, String what, List<AlarmItem> items, String parentField) {
        Map<String, AlarmItem> byName = TagConfigApi.index(items, AlarmItem::name);
        r.add("GET", "alarmLogging/" + plural, Role.READ,
                c -> localized(c, Paging.page(c, items, (g, i) -> item(g, i, parentField, language(c)))));
        r.add("GET", "alarmLogging/" + singular + "/{}", Role.READ, c -> localized(c,
                Paging.single(byName.get(c.param(0)), (g, i) -> item(g, i, parentField, language(c)), what, c.param(0))));
    }

    private void events(Router r, String list, Supplier<List<AlarmEvent>> source) {
        r.add("GET", "alarmLogging/" + list + "/{}", Role.READ, c -> {
            AlarmFilter filter = filter(c);
            int max = c.queryInt("maxValues", TagLoggingApi.DEFAULT_MAX_VALUES, 1, TagLoggingApi.MAX_VALUES);
            String language = language(c);
            Variants variants = c.variants();
            List<AlarmEvent> selected = new ArrayList<>();
            for (AlarmEvent e : source.get()) {
                if (selected.size() < max && filter.accepts(e.message())) {
                    selected.add(e);
                }
            }
            return localized(c, Reply.ok(g -> {
                g.writeStartArray();
                for (AlarmEvent e : selected) {
                    event(g, e, language, variants);
                }
                g.writeEndArray();
            }));
        });
    }

    private Reply hitList(Call c) {
        AlarmFilter filter = filter(c);
        String language = language(c);
        int max = c.queryInt("maxValues", TagLoggingApi.DEFAULT_MAX_VALUES, 1, TagLoggingApi.MAX_VALUES);
        List<AlarmRuntime.Hits> hits = context.engine().alarms().hits().stream()
                .filter(h -> filter.accepts(h.message())).limit(max).toList();
        return localized(c, Reply.ok(g -> {
            g.writeStartArray();
            for (AlarmRuntime.Hits h : hits) {
                g.writeStartObject();
                g.writeNumberField("messageNumber", h.message().number());
                g.writeStringField("name", h.message().name());
                g.writeNumberField("count", h.count());
                g.writeStringField("lastCame", Timestamps.format(h.lastCameMillis()));
                g.writeStringField("text", text(h.message().texts(), language));
                g.writeEndObject();
            }
            g.writeEndArray();
        }));
    }

    private Reply lockList(Call c) {
        AlarmFilter filter = filter(c);
        String language = language(c);
        int max = c.queryInt("maxValues", TagLoggingApi.DEFAULT_MAX_VALUES, 1, TagLoggingApi.MAX_VALUES);
        List<MessageDefinition> locked = config.messages().stream().filter(m -> m.locked() && filter.accepts(m))
                .limit(max).toList();
        return localized(c, Reply.ok(g -> {
            g.writeStartArray();
            for (MessageDefinition m : locked) {
                message(g, m, language);
            }
            g.writeEndArray();
        }));
    }

    private AlarmFilter filter(Call c) {
        AlarmFilter filter = filters.get(c.param(0));
        if (filter == null) {
            throw new HttpError(404, "No REST filter named '" + c.param(0) + "' is configured. Configure it under"
                    + " alarms.filters of the plant, or use one of: " + String.join(", ", filters.keySet()) + ".");
        }
        return filter;
    }

    private static Reply localized(Call c, Reply reply) {
        return reply.withHeaders(Map.of("Content-Language", language(c)));
    }

    /** The first language of Accept-Language, or en-US. */
    static String language(Call c) {
        String header = c.header("Accept-Language");
        if (header == null || header.isBlank()) {
            return DEFAULT_LANGUAGE;
        }
        String first = header.split(",")[0].split(";")[0].trim();
        return first.isEmpty() || first.equals("*") ? DEFAULT_LANGUAGE : first;
    }

    /** The text for a language: exact tag, then same primary language, then en-US, then any. */
    static String text(Map<String, String> texts, String language) {
        if (texts.isEmpty()) {
            return "";
        }
        String primary = language.split("-")[0].toLowerCase(Locale.ROOT);
        String samePrimary = null;
        for (Map.Entry<String, String> e : texts.entrySet()) {
            if (e.getKey().equalsIgnoreCase(language)) {
                return e.getValue();
            }
            if (samePrimary == null && e.getKey().split("-")[0].equalsIgnoreCase(primary)) {
                samePrimary = e.getValue();
            }
        }
        if (samePrimary != null) {
            return samePrimary;
        }
        String fallback = texts.get(DEFAULT_LANGUAGE);
        return fallback != null ? fallback : texts.values().iterator().next();
    }

    private static void item(JsonGenerator g, AlarmItem i, String parentField, String language) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", i.name());
        g.writeStringField("text", text(i.texts(), language));
        if (parentField != null) {
            g.writeStringField(parentField, i.parent() == null ? "" : i.parent());
        }
        g.writeEndObject();
    }

    private static void message(JsonGenerator g, MessageDefinition m, String language) throws IOException {
        g.writeStartObject();
        g.writeNumberField("number", m.number());
        g.writeStringField("name", m.name());
        g.writeStringField("messageClass", m.messageClass());
        g.writeStringField("messageType", m.messageType());
        g.writeStringField("messageGroup", m.group() == null ? "" : m.group());
        g.writeStringField("variableName", m.tag() == null ? "" : m.tag());
        g.writeBooleanField("locked", m.locked());
        g.writeStringField("text", text(m.texts(), language));
        g.writeEndObject();
    }

    private static void limit(JsonGenerator g, LimitValue l) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", l.name());
        g.writeStringField("variableName", l.tag());
        g.writeStringField("direction", l.direction().name());
        g.writeNumberField("limit", l.limit());
        g.writeNumberField("hysteresis", l.hysteresis());
        g.writeNumberField("messageNumber", l.messageNumber());
        g.writeEndObject();
    }

    private static void event(JsonGenerator g, AlarmEvent e, String language, Variants variants) throws IOException {
        MessageDefinition m = e.message();
        g.writeStartObject();
        g.writeNumberField("sequence", e.sequence());
        g.writeNumberField("messageNumber", m.number());
        g.writeStringField("name", m.name());
        g.writeStringField("state", e.kind().text());
        g.writeStringField("timestamp", Timestamps.format(e.timeMillis()));
        g.writeStringField("messageClass", m.messageClass());
        g.writeStringField("messageType", m.messageType());
        g.writeStringField("messageGroup", m.group() == null ? "" : m.group());
        g.writeStringField("variableName", m.tag() == null ? "" : m.tag());
        g.writeFieldName("value");
        ValueCodec.write(g, e.value(), variants.binaryAsBoolean());
        g.writeStringField("text", text(m.texts(), language));
        g.writeEndObject();
    }
}
