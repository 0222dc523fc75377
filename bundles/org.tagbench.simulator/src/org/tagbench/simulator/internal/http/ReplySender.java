package org.tagbench.simulator.internal.http;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.tagbench.simulator.FaultSpec;

import com.sun.net.httpserver.HttpExchange;

/**
 * Sends a reply, applying the body faults of a {@link FaultSpec} to successful answers.
 */
final class ReplySender {

    private ReplySender() {
    }

    static boolean hit(double rate) {
        return rate > 0 && (rate >= 1 || ThreadLocalRandom.current().nextDouble() < rate);
    }

    /** Sends without faults. */
    static void send(HttpExchange exchange, Reply reply) throws IOException {
        send(exchange, reply, FaultSpec.NONE);
    }

    static void send(HttpExchange exchange, Reply reply, FaultSpec faults) throws IOException {
        byte[] body = reply.body();
        var headers = exchange.getResponseHeaders();
        headers.set("Content-Type", Reply.JSON_TYPE);
        for (Map.Entry<String, String> h : reply.headers().entrySet()) {
            headers.set(h.getKey(), h.getValue());
        }
        boolean faultable = reply.status() == 200 && body.length > 0;
        if (faultable && hit(faults.emptyRate())) {
            exchange.sendResponseHeaders(200, -1);
            return;
        }
        if (faultable && hit(faults.malformedRate())) {
            body = malform(body);
        }
        if (faultable && hit(faults.truncateRate())) {
            body = Arrays.copyOf(body, body.length / 2);
        }
        int padding = faultable && faults.oversizedBytes() > 0 && hit(faults.oversizedRate()) ? faults.oversizedBytes() : 0;
        if (padding > 0) {
            exchange.sendResponseHeaders(reply.status(), (long) body.length + padding);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
                pad(out, padding);
            }
            return;
        }
        if (body.length == 0) {
            exchange.sendResponseHeaders(reply.status(), -1);
            return;
        }
        exchange.sendResponseHeaders(reply.status(), body.length);
        OutputStream out = exchange.getResponseBody();
        if (faultable && hit(faults.resetRate())) {
            out.write(body, 0, body.length / 2);
            out.flush();
            abort(exchange);
            return;
        }
        if (faultable && faults.dripBytes() > 0) {
            drip(out, body, faults.dripBytes(), faults.dripIntervalMillis());
        } else {
            out.write(body);
        }
        out.close();
    }

    /**
     * Drops the connection with the body half sent: closing the exchange (not its body stream)
     * before the declared length is written makes the JDK server close the connection.
     */
    private static void abort(HttpExchange exchange) {
        exchange.close();
    }

    private static void drip(OutputStream out, byte[] body, int chunk, long intervalMillis) throws IOException {
        for (int off = 0; off < body.length; off += chunk) {
            if (off > 0) {
                pause(intervalMillis);
            }
            out.write(body, off, Math.min(chunk, body.length - off));
            out.flush();
        }
    }

    static void pause(long millis) {
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Replaces the first colon with '=' (or appends a stray brace), which no JSON parser accepts. */
    static byte[] malform(byte[] body) {
        byte[] copy = body.clone();
        for (int i = 0; i < copy.length; i++) {
            if (copy[i] == ':') {
                copy[i] = '=';
                return copy;
            }
        }
        byte[] longer = Arrays.copyOf(body, body.length + 1);
        longer[body.length] = '}';
        return longer;
    }

    /** Writes {@code extra} spaces (still valid JSON after the body) from one small buffer: no answer-sized array. */
    private static void pad(OutputStream out, int extra) throws IOException {
        byte[] spaces = new byte[64 * 1024];
        Arrays.fill(spaces, (byte) ' ');
        for (int left = extra; left > 0; left -= spaces.length) {
            out.write(spaces, 0, Math.min(left, spaces.length));
        }
    }
}
