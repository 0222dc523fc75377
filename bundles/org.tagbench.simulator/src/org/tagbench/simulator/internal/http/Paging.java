package org.tagbench.simulator.internal.http;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;

/**
 * Pages of configuration lists: {@code itemLimit} (default {@value #DEFAULT_LIMIT}, at most
 * {@value #MAX_LIMIT}) items from {@code continuationPoint} (default 0). The answer is
 * {@code {"items": [...], "continuationPoint": N}}, where {@code continuationPoint} is present only
 * when more items follow and is the number to send for the next page.
 */
final class Paging {

    static final int DEFAULT_LIMIT = 1000;
    static final int MAX_LIMIT = 10000;

    /** Writes one item. */
    @FunctionalInterface
    interface ItemWriter<T> {
        void write(JsonGenerator g, T item) throws IOException;
    }

    private Paging() {
    }

    static <T> Reply page(Call call, List<T> items, ItemWriter<T> writer) {
        int limit = call.queryInt("itemLimit", DEFAULT_LIMIT, 1, MAX_LIMIT);
        int start = call.queryInt("continuationPoint", 0, 0, Integer.MAX_VALUE);
        if (start > items.size()) {
            throw new HttpError(400, "continuationPoint " + start + " is past the end of the list (" + items.size()
                    + " items). Send the continuationPoint of the previous page, or none for the first page.");
        }
        int end = (int) Math.min(items.size(), (long) start + limit);
        return Reply.ok(g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("items");
            for (int i = start; i < end; i++) {
                writer.write(g, items.get(i));
            }
            g.writeEndArray();
            if (end < items.size()) {
                g.writeNumberField("continuationPoint", end);
            }
            g.writeEndObject();
        });
    }

    /** Writes a single item as the whole answer. */
    static <T> Reply single(T item, ItemWriter<T> writer, String what, String name) {
        if (item == null) {
            throw new HttpError(404, what + " '" + name + "' does not exist. Check the spelling (names are case-sensitive).");
        }
        return Reply.ok(g -> writer.write(g, item));
    }
}
