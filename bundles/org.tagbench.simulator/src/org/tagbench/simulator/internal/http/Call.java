package org.tagbench.simulator.internal.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.tagbench.simulator.FaultSpec;
import org.tagbench.simulator.Variants;
import org.tagbench.simulator.internal.io.Json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;

/**
 * One request as the handlers see it: method, decoded path parameters, query, body, and the
 * variants and faults in force when it arrived.
 */
public final class Call {

    /** Largest request body accepted. */
    public static final int MAX_BODY = 16 * 1024 * 1024;

    private final HttpExchange exchange;
    private final List<String> params;
    private final Map<String, String> query;
    private final Variants variants;
    private final FaultSpec faults;
    private byte[] body;

    public Call(HttpExchange exchange, List<String> params, Variants variants, FaultSpec faults) {
        this.exchange = exchange;
        this.params = params;
        this.query = parseQuery(exchange.getRequestURI().getRawQuery());
        this.variants = variants;
        this.faults = faults;
    }

    public String method() {
        return exchange.getRequestMethod();
    }

    /** The i-th path parameter, percent-decoded. */
    public String param(int i) {
        return params.get(i);
    }

    public Variants variants() {
        return variants;
    }

    public FaultSpec faults() {
        return faults;
    }

    public String header(String name) {
        return exchange.getRequestHeaders().getFirst(name);
    }

    /** A query parameter, looked up ignoring case, or null. */
    public String query(String name) {
        return query.get(name.toLowerCase(Locale.ROOT));
    }

    /**
     * @throws HttpError 400 when present but not a whole number in range
     */
    public int queryInt(String name, int fallback, int min, int max) {
        String v = query(name);
        if (v == null || v.isEmpty()) {
            return fallback;
        }
        try {
            int i = Integer.parseInt(v.trim());
            if (i >= min && i <= max) {
                return i;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new HttpError(400, "Query parameter " + name + "=" + v + " is not valid. Use a whole number from " + min
                + " to " + max + ".");
    }

    public byte[] body() throws IOException {
        if (body == null) {
            body = readBody(exchange.getRequestBody());
        }
        return body;
    }

    /**
     * The body as a JSON tree.
     *
     * @throws HttpError 400 when the body is empty or not JSON
     */
    public JsonNode json(String expected) throws IOException {
        byte[] b = body();
        if (b.length == 0) {
            throw new HttpError(400, "The request has no body. Send " + expected + ".");
        }
        try {
            return Json.MAPPER.readTree(b);
        } catch (JsonProcessingException e) {
            throw new HttpError(400, "The request body is not valid JSON (" + e.getOriginalMessage() + "). Send "
                    + expected + ".");
        }
    }

    static byte[] readBody(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        int n;
        while ((n = in.read(buf)) >= 0) {
            out.write(buf, 0, n);
            if (out.size() > MAX_BODY) {
                throw new HttpError(413, "The request body is larger than " + MAX_BODY + " bytes. Send fewer names per request.");
            }
        }
        return out.toByteArray();
    }

    private static Map<String, String> parseQuery(String raw) {
        Map<String, String> map = new HashMap<>();
        if (raw == null || raw.isEmpty()) {
            return map;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            map.putIfAbsent(PathCodec.decode(key.replace('+', ' ')).toLowerCase(Locale.ROOT),
                    PathCodec.decode(value.replace('+', ' ')));
        }
        return map;
    }

    /** Splits a raw path into percent-decoded segments, dropping empty ones. */
    public static List<String> segments(String rawPath) {
        List<String> list = new ArrayList<>();
        for (String s : rawPath.split("/")) {
            if (!s.isEmpty()) {
                list.add(PathCodec.decode(s));
            }
        }
        return list;
    }

    /** Decodes a percent-encoded string as UTF-8. */
    static final class PathCodec {
        private PathCodec() {
        }

        static String decode(String s) {
            if (s.indexOf('%') < 0) {
                return s;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '%') {
                    if (i + 2 >= s.length()) {
                        throw badEscape(s);
                    }
                    int hi = Character.digit(s.charAt(i + 1), 16);
                    int lo = Character.digit(s.charAt(i + 2), 16);
                    if (hi < 0 || lo < 0) {
                        throw badEscape(s);
                    }
                    out.write(hi * 16 + lo);
                    i += 2;
                } else {
                    out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
                }
            }
            return out.toString(StandardCharsets.UTF_8);
        }

        private static HttpError badEscape(String s) {
            return new HttpError(400, "The path or query '" + s + "' has a broken percent escape. Encode names as UTF-8 with %XX.");
        }
    }
}
