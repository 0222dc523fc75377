package org.tagbench.simulator.internal.http;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.tagbench.simulator.Role;

/**
 * Maps a method and path segments to a handler. Literal segments match ignoring case;
 * {@code {}} matches any one segment and hands it to the handler, percent-decoded.
 */
public final class Router {

    /** Handles one matched request. */
    @FunctionalInterface
    public interface Handler {
        Reply handle(Call call) throws IOException;
    }

    /** A route; {@code role} is what the caller needs, null for none. */
    public record Route(String method, String[] pattern, Role role, Handler handler) {
    }

    /** A matched route with its path parameters. */
    public record Match(Route route, List<String> params) {
    }

    private final List<Route> routes = new ArrayList<>();

    public Router add(String method, String pattern, Role role, Handler handler) {
        routes.add(new Route(method, pattern.split("/"), role, handler));
        return this;
    }

    /**
     * @throws HttpError 404 when no route has this path, 405 (with {@code Allow}) when none has this method
     */
    public Match match(String method, List<String> segments, String shownPath) {
        TreeSet<String> allowed = new TreeSet<>();
        for (Route route : routes) {
            List<String> params = params(route.pattern(), segments);
            if (params == null) {
                continue;
            }
            if (route.method().equals(method)) {
                return new Match(route, params);
            }
            allowed.add(route.method());
        }
        if (allowed.isEmpty()) {
            throw new HttpError(404, "No endpoint at " + shownPath + ". Check the path against the WinCC REST API.");
        }
        throw new HttpError(405, method + " is not allowed on " + shownPath + ". Use " + String.join(" or ", allowed)
                + ".", Map.of("Allow", String.join(", ", allowed)));
    }

    private static List<String> params(String[] pattern, List<String> segments) {
        if (pattern.length != segments.size()) {
            return null;
        }
        List<String> params = new ArrayList<>(2);
        for (int i = 0; i < pattern.length; i++) {
            if (pattern[i].equals("{}")) {
                params.add(segments.get(i));
            } else if (!pattern[i].equalsIgnoreCase(segments.get(i))) {
                return null;
            }
        }
        return params;
    }
}
