package org.tagbench.simulator;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Base64;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.tagbench.simulator.internal.io.Json;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A plain JDK HTTP client for one simulator that trusts exactly its certificate (host name
 * checked), with Basic authentication helpers.
 */
final class TestClient {

    static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final Simulator simulator;
    private final HttpClient client;

    TestClient(Simulator simulator) {
        this.simulator = simulator;
        this.client = newClient(simulator);
    }

    static HttpClient newClient(Simulator simulator) {
        HttpClient.Builder b = HttpClient.newBuilder().connectTimeout(TIMEOUT);
        if (simulator.baseUri().getScheme().equals("https")) {
            b.sslContext(trusting(simulator.certificate()));
        }
        return b.build();
    }

    static SSLContext trusting(X509Certificate certificate) {
        try {
            KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
            trust.load(null, null);
            trust.setCertificateEntry("simulator", certificate);
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trust);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, tmf.getTrustManagers(), null);
            return context;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    HttpClient http() {
        return client;
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** A request to {@code baseUri + path}, as operator (READ, WRITE). */
    HttpRequest.Builder rest(String path) {
        return rest(path, "operator", "operator");
    }

    HttpRequest.Builder rest(String path, String user, String password) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(simulator.baseUri() + path)).timeout(TIMEOUT);
        return user == null ? b : b.header("Authorization", basic(user, password));
    }

    HttpRequest.Builder admin(String path) {
        return HttpRequest.newBuilder(URI.create(simulator.adminUri() + path)).timeout(TIMEOUT)
                .header("Authorization", basic("admin", "admin"));
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> get(String path) {
        return send(rest(path).GET());
    }

    HttpResponse<String> post(String path, String body) {
        return send(rest(path).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    HttpResponse<String> put(String path, String body) {
        return send(rest(path).PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Bulk read as operator; the parsed answer. */
    JsonNode read(String... names) {
        StringBuilder body = new StringBuilder("{\"variableNames\": [");
        for (int i = 0; i < names.length; i++) {
            body.append(i == 0 ? "" : ",").append(Json.MAPPER.valueToTree(names[i]).toString());
        }
        HttpResponse<String> r = post("/tagManagement/Values", body.append("]}").toString());
        if (r.statusCode() != 200) {
            throw new AssertionError("Bulk read answered " + r.statusCode() + ": " + r.body());
        }
        return json(r);
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return Json.MAPPER.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("Not JSON: " + response.body(), e);
        }
    }
}
