package org.tagbench.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.client5.http.ssl.HostnameVerificationPolicy;
import org.apache.hc.client5.http.ssl.NoopHostnameVerifier;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;

/**
 * The client's HTTP stack alone (HttpClient 5 classic, JDK TLS): the bodies wrk sends, on as many
 * keep-alive connections as requests in flight, each answer read to its end but not decoded. Separates
 * the cost of the transport from the cost of turning answers into values. Loopback benchmark only: it
 * trusts any certificate.
 */
final class TransportOnly {

	private TransportOnly() {
	}

	/** @return values/s (requests answered × names per body), the CPU this JVM used per value, the values */
	static double[] run(String url, String auth, Path bodyFile, double namesPerBody, int inFlight, int seconds)
			throws IOException, GeneralSecurityException, InterruptedException {
		List<byte[]> bodies = new ArrayList<>();
		for (String line : Files.readAllLines(bodyFile)) {
			bodies.add(line.getBytes(StandardCharsets.UTF_8));
		}
		AtomicLong answered = new AtomicLong();
		try (CloseableHttpClient client = client(inFlight)) {
			long cpu = CpuClock.self();
			long start = System.nanoTime();
			long end = start + seconds * 1_000_000_000L;
			List<Thread> threads = new ArrayList<>();
			for (int t = 0; t < inFlight; t++) {
				int first = t;
				threads.add(Thread.ofPlatform().start(() -> post(client, url, auth, bodies, first, end, answered)));
			}
			for (Thread thread : threads) {
				thread.join();
			}
			double values = answered.get() * namesPerBody;
			return new double[] { values / Bench.seconds(start), (CpuClock.self() - cpu) / values, values };
		}
	}

	/** @return HttpClient as configured by default, trusting any certificate, with as many connections as given */
	private static CloseableHttpClient client(int connections) throws GeneralSecurityException {
		SSLContext tls = SSLContext.getInstance("TLS");
		tls.init(null, new TrustManager[] { new AnyCertificate() }, null);
		PoolingHttpClientConnectionManager pool = PoolingHttpClientConnectionManagerBuilder.create()
				.setMaxConnPerRoute(connections).setMaxConnTotal(connections)
				.setTlsSocketStrategy(new DefaultClientTlsStrategy(tls, HostnameVerificationPolicy.CLIENT,
						NoopHostnameVerifier.INSTANCE))
				.build();
		return HttpClients.custom().setConnectionManager(pool).build();
	}

	/** @return the answer body of one POST of {@code body} to the bulk read endpoint */
	static byte[] fetch(String url, String auth, byte[] body) throws IOException, GeneralSecurityException {
		try (CloseableHttpClient client = client(1)) {
			HttpPost post = new HttpPost(url + "/tagManagement/Values");
			post.setHeader("Authorization", "Basic " + auth);
			post.setEntity(new ByteArrayEntity(body, ContentType.APPLICATION_JSON));
			return client.execute(post, response -> {
				if (response.getCode() != 200) {
					throw new IOException("HTTP " + response.getCode());
				}
				try (InputStream in = response.getEntity().getContent()) {
					return in.readAllBytes();
				}
			});
		}
	}

	private static void post(CloseableHttpClient client, String url, String auth, List<byte[]> bodies, int first,
			long end, AtomicLong answered) {
		byte[] buffer = new byte[16384];
		int next = first;
		try {
			do {
				HttpPost post = new HttpPost(url + "/tagManagement/Values");
				post.setHeader("Authorization", "Basic " + auth);
				post.setEntity(new ByteArrayEntity(bodies.get(next++ % bodies.size()), ContentType.APPLICATION_JSON));
				client.execute(post, response -> {
					if (response.getCode() != 200) {
						throw new IOException("HTTP " + response.getCode());
					}
					try (InputStream in = response.getEntity().getContent()) {
						while (in.read(buffer) >= 0) {
							// read to the end, like wrk
						}
					}
					return null;
				});
				answered.incrementAndGet();
			} while (System.nanoTime() < end);
		} catch (IOException e) {
			throw new IllegalStateException("transport-only run failed", e);
		}
	}

	/** Trusts the simulator's self-signed certificate (and any other). */
	private static final class AnyCertificate implements X509TrustManager {
		@Override
		public void checkClientTrusted(X509Certificate[] chain, String authType) {
			// not used by a client
		}

		@Override
		public void checkServerTrusted(X509Certificate[] chain, String authType) {
			// loopback benchmark of a simulator whose certificate the client pins elsewhere
		}

		@Override
		public X509Certificate[] getAcceptedIssuers() {
			return new X509Certificate[0];
		}
	}
}
