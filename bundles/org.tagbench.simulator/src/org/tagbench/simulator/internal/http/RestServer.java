package org.tagbench.simulator.internal.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.net.ssl.SSLContext;

import org.tagbench.simulator.FaultSpec;
import org.tagbench.simulator.Role;
import org.tagbench.simulator.SimulatorConfig.User;
import org.tagbench.simulator.internal.tls.SwappableSslContext;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

/**
 * The listener: one JDK HTTP(S) server whose single context dispatches {@code /WinCCRestService}
 * (case-insensitive) to the REST routes and {@code /simulator} to the admin routes, on a bounded
 * pool of worker threads.
 * <p>
 * Order of checks for REST requests: injected latency, injected status, 503 while the runtime is
 * stopped, 401 without valid credentials, 404/405 for unknown paths and verbs, 403 without the
 * route's role, then the handler; body faults apply to its 200 answers.
 */
public final class RestServer implements AutoCloseable {

    static {
        // The JDK server writes headers and body in separate segments; without TCP_NODELAY each
        // keep-alive answer waits for the client's delayed ACK (about 40 ms). The server reads
        // this property once, when its first instance is made.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    public static final String REST_ROOT = "WinCCRestService";
    public static final String ADMIN_ROOT = "simulator";

    private final ServerContext context;
    private final HttpServer server;
    private final SwappableSslContext ssl;
    private final ThreadPoolExecutor pool;
    private final Router rest = new Router();
    private final Router admin = new Router();

    public RestServer(ServerContext context, String bindAddress, int port, SSLContext ssl, int threads) throws IOException {
        this.context = context;
        InetSocketAddress address = new InetSocketAddress(bindAddress, port);
        if (ssl != null) {
            this.ssl = SwappableSslContext.of(ssl);
            HttpsServer https = HttpsServer.create(address, 256);
            https.setHttpsConfigurator(new HttpsConfigurator(this.ssl));
            server = https;
        } else {
            this.ssl = null;
            server = HttpServer.create(address, 256);
        }
        new ValuesApi(context).register(rest);
        new TagConfigApi(context).register(rest);
        new TagLoggingApi(context).register(rest);
        new AlarmApi(context).register(rest);
        new AdminApi(context).register(admin);
        AtomicInteger count = new AtomicInteger();
        pool = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(10_000), r -> {
            Thread t = new Thread(r, "tagbench-simulator-http-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        server.createContext("/", this::handle);
        server.setExecutor(pool);
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Serves new connections with another certificate; open connections keep theirs. */
    public void useCertificate(SSLContext next) {
        ssl.swap(next);
    }

    private void handle(HttpExchange exchange) {
        try (exchange) {
            try {
                dispatch(exchange);
            } catch (HttpError e) {
                ReplySender.send(exchange, e.reply());
            } catch (RuntimeException e) {
                ReplySender.send(exchange, Reply.error(500, "The simulator failed on this request (" + e
                        + "). Check the simulator's log and report it."));
            }
        } catch (IOException | UncheckedIOException e) {
            // the client went away; nothing to answer
        }
    }

    private void dispatch(HttpExchange exchange) throws IOException {
        String rawPath = exchange.getRequestURI().getRawPath();
        List<String> segments = Call.segments(rawPath == null ? "/" : rawPath);
        if (!segments.isEmpty() && segments.get(0).equalsIgnoreCase(REST_ROOT)) {
            rest(exchange, segments.subList(1, segments.size()));
        } else if (!segments.isEmpty() && segments.get(0).equalsIgnoreCase(ADMIN_ROOT)) {
            admin(exchange, segments.subList(1, segments.size()));
        } else {
            throw new HttpError(404, "No endpoint at " + rawPath + ". The WinCC REST service is at /" + REST_ROOT
                    + ", the simulator's admin endpoint at /" + ADMIN_ROOT + ".");
        }
    }

    /** @return the address an injected redirect points to: the same path over plain http (a downgrade) */
    private static String downgraded(HttpExchange exchange) {
        String host = exchange.getRequestHeaders().getFirst("Host");
        return "http://" + (host == null ? "127.0.0.1" : host) + exchange.getRequestURI();
    }

    private void rest(HttpExchange exchange, List<String> segments) throws IOException {
        FaultSpec faults = context.faults().current();
        long latency = faults.latencyMaxMillis() > faults.latencyMinMillis()
                ? java.util.concurrent.ThreadLocalRandom.current().nextLong(faults.latencyMinMillis(), faults.latencyMaxMillis() + 1)
                : faults.latencyMinMillis();
        ReplySender.pause(latency);
        String path = "/" + String.join("/", segments);
        for (FaultSpec.StatusRule rule : faults.statusRules()) {
            if (rule.matches(path) && ReplySender.hit(rule.rate())) {
                Reply injected = Reply.error(rule.status(), "Injected fault: HTTP " + rule.status() + " for " + path + ".");
                ReplySender.send(exchange, rule.status() == 401
                        ? injected.withHeaders(Map.of("WWW-Authenticate", BasicAuth.CHALLENGE))
                        : rule.status() / 100 == 3 ? injected.withHeaders(Map.of("Location", downgraded(exchange))) : injected);
                return;
            }
        }
        if (!context.runtimeRunning()) {
            throw new HttpError(503, "The WinCC runtime is stopped. Ensure \"Enable REST API\" is checked and the"
                    + " runtime is running (simulator: POST /" + ADMIN_ROOT + "/runtime/start).", Map.of("Retry-After", "5"));
        }
        User user = BasicAuth.authenticate(exchange.getRequestHeaders().getFirst("Authorization"), context.users());
        if (user == null) {
            throw new HttpError(401, "Authentication failed. Check username/password. The user must have WinCC"
                    + " remote roles.", Map.of("WWW-Authenticate", BasicAuth.CHALLENGE));
        }
        Router.Match match = rest.match(exchange.getRequestMethod(), segments, "/" + REST_ROOT + path);
        Role role = match.route().role();
        if (role != null && !user.roles().contains(role)) {
            String permission = role == Role.READ ? "WinCC Remote Read" : "WinCC Remote Write";
            throw new HttpError(403, "User '" + user.name() + "' is authenticated but not authorized to "
                    + (role == Role.READ ? "read" : "write") + ". Assign the \"" + permission + "\" permission (simulator role "
                    + role + ").");
        }
        Call call = new Call(exchange, match.params(), context.variants(), faults);
        Reply reply = match.route().handler().handle(call);
        ReplySender.send(exchange, reply, faults);
    }

    private void admin(HttpExchange exchange, List<String> segments) throws IOException {
        if (!BasicAuth.matches(exchange.getRequestHeaders().getFirst("Authorization"), context.adminUser(),
                context.adminPassword())) {
            throw new HttpError(401, "The simulator's admin endpoint needs the admin credentials (default admin/admin,"
                    + " set with --admin or SimulatorConfig.adminCredentials).",
                    Map.of("WWW-Authenticate", "Basic realm=\"Tagbench simulator admin\", charset=\"UTF-8\""));
        }
        Router.Match match = admin.match(exchange.getRequestMethod(), segments, "/" + ADMIN_ROOT + "/" + String.join("/", segments));
        ReplySender.send(exchange, match.route().handler().handle(new Call(exchange, match.params(), context.variants(),
                FaultSpec.NONE)));
    }

    /** Stops listening at once, frees the port and ends the worker threads. */
    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
        try {
            pool.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
