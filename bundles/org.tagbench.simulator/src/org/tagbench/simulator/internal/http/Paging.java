package org.tagbench.simulator.internal.http;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import com.fasterxml.jackson.core.JsonGenerator;

/**
 * Pages of configuration lists: {@code itemLimit} (default {@value #DEFAULT_LIMIT}, at most
 * {@value #MAX_LIMIT}) items from {@code continuationPoint} (default 0). The answer is
 * {@code {"items": [...], "continuationPoint": N}}, where {@code continuationPoint} is present only
 * when more items follow and is the number to send for the next page. Over a filtered list the
 * continuation point counts the items that pass the filter, in list order.
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
        return page(call, items, null, writer);
    }

    /**
     * A page of the items that pass {@code filter}. The list is scanned only up to the first item
     * after the page.
     *
     * @param filter the items to keep, or null for all
     */
    static <T> Reply page(Call call, List<T> items, Predicate<? super T> filter, ItemWriter<T> writer) {
        int limit = call.queryInt("itemLimit", DEFAULT_LIMIT, 1, MAX_LIMIT);
        int start = call.queryInt("continuationPoint", 0, 0, Integer.MAX_VALUE);
        if (filter == null) {
            if (start > items.size()) {
                throw pastEnd(start, items.size());
            }
            int end = (int) Math.min(items.size(), (long) start + limit);
            return reply(items.subList(start, end), end < items.size() ? end : -1, writer);
        }
        long end = (long) start + limit;
        List<T> selected = new ArrayList<>(Math.min(limit, 1024));
        int passed = 0;
        for (T item : items) {
            if (filter.test(item)) {
                if (passed == end) {
                    return reply(selected, passed, writer);
                }
                if (passed >= start) {
                    selected.add(item);
                }
                passed++;
            }
        }
        if (start > passed) {
            throw pastEnd(start, passed);
        }
        return reply(selected, -1, writer);
    }

    private static HttpError pastEnd(int start, int size) {
        return new HttpError(400, "continuationPoint " + start + " is past the end of the list (" + size
                + " items). Send the continuationPoint of the previous page, or none for the first page.");
    }

    /** @param next the continuation point, or -1 on the last page */
    private static <T> Reply reply(List<T> items, int next, ItemWriter<T> writer) {
        return Reply.ok(g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("items");
            for (T item : items) {
                writer.write(g, item);
            }
            g.writeEndArray();
            if (next >= 0) {
                g.writeNumberField("continuationPoint", next);
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
