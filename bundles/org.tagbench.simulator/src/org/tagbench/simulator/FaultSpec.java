package org.tagbench.simulator;

import java.util.List;
import java.util.Locale;

/**
 * A set of injected faults; immutable. {@link #NONE} injects nothing. Rates are probabilities
 * between 0 and 1, drawn per request. Faults touch only {@code /WinCCRestService} requests, never
 * the admin endpoint. The admin endpoint reads and writes this record as JSON with the same
 * field names.
 *
 * @param latencyMinMillis   lowest added latency
 * @param latencyMaxMillis   highest added latency (equal to the lowest for a fixed latency)
 * @param statusRules        answer with a status code instead of the real answer
 * @param resetRate          send headers and half the body, then drop the connection
 * @param truncateRate       send a well-framed body that holds only the first half of the JSON
 * @param malformedRate      send JSON with a syntax error
 * @param emptyRate          send HTTP 200 with an empty body
 * @param fewerRowsRate      leave about half of the rows out of bulk value answers
 * @param oversizedRate      pad the body with whitespace up to {@code oversizedBytes} more bytes (still valid JSON)
 * @param oversizedBytes     padding size
 * @param dripBytes          when positive, send bodies in chunks of this many bytes ...
 * @param dripIntervalMillis ... with this pause between chunks
 */
public record FaultSpec(long latencyMinMillis, long latencyMaxMillis, List<StatusRule> statusRules, double resetRate,
        double truncateRate, double malformedRate, double emptyRate, double fewerRowsRate, double oversizedRate,
        int oversizedBytes, int dripBytes, long dripIntervalMillis) {

    /**
     * Answer requests whose path (after {@code /WinCCRestService}) starts with {@code path},
     * ignoring case, with {@code status} at {@code rate}. An empty or null path matches every request.
     */
    public record StatusRule(String path, int status, double rate) {

        public StatusRule {
            path = path == null ? "" : path;
            if (status < 100 || status > 599) {
                throw new IllegalArgumentException("Status " + status + " is not an HTTP status code (100 to 599).");
            }
            rate = checkRate(rate, "status rate");
        }

        public boolean matches(String requestPath) {
            return path.isEmpty() || requestPath.toLowerCase(Locale.ROOT).startsWith(path.toLowerCase(Locale.ROOT));
        }
    }

    public static final FaultSpec NONE = new FaultSpec(0, 0, List.of(), 0, 0, 0, 0, 0, 0, 0, 0, 0);

    public FaultSpec {
        if (latencyMinMillis < 0 || latencyMaxMillis < latencyMinMillis) {
            throw new IllegalArgumentException("Latency needs 0 <= latencyMinMillis <= latencyMaxMillis.");
        }
        statusRules = statusRules == null ? List.of() : List.copyOf(statusRules);
        resetRate = checkRate(resetRate, "resetRate");
        truncateRate = checkRate(truncateRate, "truncateRate");
        malformedRate = checkRate(malformedRate, "malformedRate");
        emptyRate = checkRate(emptyRate, "emptyRate");
        fewerRowsRate = checkRate(fewerRowsRate, "fewerRowsRate");
        oversizedRate = checkRate(oversizedRate, "oversizedRate");
        if (oversizedBytes < 0 || dripBytes < 0 || dripIntervalMillis < 0) {
            throw new IllegalArgumentException("oversizedBytes, dripBytes and dripIntervalMillis cannot be negative.");
        }
    }

    private static double checkRate(double rate, String name) {
        if (!(rate >= 0 && rate <= 1)) {
            throw new IllegalArgumentException(name + " must be between 0 and 1, not " + rate + ".");
        }
        return rate;
    }

    public FaultSpec withLatency(long minMillis, long maxMillis) {
        return new FaultSpec(minMillis, maxMillis, statusRules, resetRate, truncateRate, malformedRate, emptyRate,
                fewerRowsRate, oversizedRate, oversizedBytes, dripBytes, dripIntervalMillis);
    }

    public FaultSpec withStatusRule(StatusRule rule) {
        List<StatusRule> rules = new java.util.ArrayList<>(statusRules);
        rules.add(rule);
        return withStatusRules(rules);
    }

    public FaultSpec withStatusRules(List<StatusRule> rules) {
        return new FaultSpec(latencyMinMillis, latencyMaxMillis, rules, resetRate, truncateRate, malformedRate,
                emptyRate, fewerRowsRate, oversizedRate, oversizedBytes, dripBytes, dripIntervalMillis);
    }

    public FaultSpec withResetRate(double rate) {
        return new FaultSpec(latencyMinMillis, latencyMaxMillis, statusRules, rate, truncateRate, malformedRate,
                emptyRate, fewerRowsRate, oversizedRate, oversizedBytes, dripBytes, dripIntervalMillis);
    }

    public FaultSpec withTruncateRate(double rate) {
        return new FaultSpec(latencyMinMillis, latencyMaxMillis, statusRules, resetRate, rate, malformedRate,
                emptyRate, fewerRowsRate, oversizedRate, oversizedBytes, dripBytes, dripIntervalMillis);
    }

    public FaultSpec withMalformedRate(double rate) {
        return new FaultSpec(latencyMinMillis, latencyMaxMillis, statusRules, resetRate, truncateRate, rate,
                emptyRate, fewerRowsRate, oversizedRate, oversizedBytes, dripBytes, dripIntervalMillis);
    }

    public FaultSpec withEmptyRate(double rate) {
        return new FaultSpec(latencyMinMillis, latencyMaxMillis, statusRules, resetRate, truncateRate, malformedRate,
                rate, fewerRowsRate, oversizedRate, oversizedBytes, dripBytes, dripIntervalMillis);
    }

    public FaultSpec withFewerRowsRate(double rate) {
        return new FaultSpec(latencyMinMillis, latencyMaxMillis, statusRules, resetRate, truncateRate, malformedRate,
                emptyRate, rate, oversizedRate, oversizedBytes, dripBytes, dripIntervalMillis);
    }

    public FaultSpec withOversized(int bytes, double rate) {
        return new FaultSpec(latencyMinMillis, latencyMaxMillis, statusRules, resetRate, truncateRate, malformedRate,
                emptyRate, fewerRowsRate, rate, bytes, dripBytes, dripIntervalMillis);
    }

    public FaultSpec withDrip(int bytesPerChunk, long intervalMillis) {
        return new FaultSpec(latencyMinMillis, latencyMaxMillis, statusRules, resetRate, truncateRate, malformedRate,
                emptyRate, fewerRowsRate, oversizedRate, oversizedBytes, bytesPerChunk, intervalMillis);
    }
}
