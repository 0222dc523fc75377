package org.tagbench.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.List;

import javax.net.ssl.SSLSocket;

import org.junit.jupiter.api.Test;

class TlsTest extends SimulatorTestBase {

    @Test
    void certificateNamesLocalhostAndLoopback() throws Exception {
        X509Certificate c = simulator.certificate();
        List<String> names = c.getSubjectAlternativeNames().stream().map(n -> n.get(1).toString()).toList();
        assertTrue(names.contains("localhost"));
        assertTrue(names.contains("127.0.0.1"));
        c.checkValidity();
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(c.getEncoded()));
        assertEquals(sha, simulator.certificateSha256());
        assertTrue(simulator.baseUri().toString().startsWith("https://127.0.0.1:"));
    }

    @Test
    void pemExportParsesToTheSameCertificate() throws Exception {
        Path file = stateDir.resolve("exported.pem");
        simulator.exportCertificate(file);
        X509Certificate parsed = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(Files.readAllBytes(file)));
        assertEquals(simulator.certificate(), parsed);
        HttpResponse<String> pem = client.send(client.admin("/certificate").GET());
        assertEquals(simulator.certificatePem(), pem.body());
    }

    @Test
    void untrustedClientsAreRefused() {
        HttpClient defaultTrust = HttpClient.newHttpClient();
        assertThrows(Exception.class, () -> defaultTrust.send(HttpRequest.newBuilder(simulator.baseUri()).build(),
                HttpResponse.BodyHandlers.ofString()));
    }

    @Test
    void fingerprintSurvivesRestart() {
        String before = simulator.certificateSha256();
        int port = simulator.port();
        simulator.close();
        simulator = Simulator.start(SimulatorConfig.builder().stateDir(stateDir).plant(TestPlants.small()).port(port).build());
        assertEquals(before, simulator.certificateSha256());
        assertEquals(port, simulator.port());
        assertEquals(200, new TestClient(simulator).get("/tagManagement/Value/I16").statusCode());
    }

    @Test
    void rotationServesANewCertificateToNewConnections() throws Exception {
        String before = simulator.certificateSha256();
        HttpResponse<String> r = client.send(client.admin("/certificate/rotate").POST(HttpRequest.BodyPublishers.noBody()));
        String after = TestClient.json(r).get("certificateSha256").asText();
        assertNotEquals(before, after);
        assertEquals(after, simulator.certificateSha256());
        assertEquals(after, servedFingerprint());
        assertEquals(200, new TestClient(simulator).get("/tagManagement/Value/I16").statusCode());
        simulator.rotateCertificate();
        assertEquals(simulator.certificateSha256(), servedFingerprint());
        simulator.close();
        simulator = Simulator.start(SimulatorConfig.builder().stateDir(stateDir).plant(TestPlants.small()).build());
        assertNotEquals(after, simulator.certificateSha256());
        assertEquals(simulator.certificateSha256(), servedFingerprint());
    }

    private String servedFingerprint() throws Exception {
        javax.net.ssl.SSLContext trustAll = javax.net.ssl.SSLContext.getInstance("TLS");
        X509Certificate[][] seen = new X509Certificate[1][];
        trustAll.init(null, new javax.net.ssl.TrustManager[] { new javax.net.ssl.X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
                seen[0] = chain;
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        } }, null);
        try (SSLSocket socket = (SSLSocket) trustAll.getSocketFactory().createSocket("127.0.0.1", simulator.port())) {
            socket.setSoTimeout(10_000);
            socket.startHandshake();
        }
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(seen[0][0].getEncoded()));
    }

    @Test
    void plainHttpHasNoCertificate() {
        simulator.close();
        simulator = Simulator.start(SimulatorConfig.builder().https(false).plant(TestPlants.small()).build());
        assertTrue(simulator.baseUri().toString().startsWith("http://"));
        assertThrows(IllegalStateException.class, simulator::certificateSha256);
        TestClient plain = new TestClient(simulator);
        assertEquals(200, plain.get("/tagManagement/Value/I16").statusCode());
        assertEquals(409, plain.send(plain.admin("/certificate").GET()).statusCode());
    }

    @Test
    void httpsNeedsAStateFolder() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> SimulatorConfig.builder().plant(TestPlants.small()).build());
        assertTrue(e.getMessage().contains("stateDir"));
    }

    @Test
    void busyPortIsReportedClearly() {
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> Simulator.start(SimulatorConfig.builder()
                .https(false).plant(TestPlants.small()).port(simulator.port()).build()));
        assertTrue(e.getMessage().contains("Choose another port"), e.getMessage());
    }
}
