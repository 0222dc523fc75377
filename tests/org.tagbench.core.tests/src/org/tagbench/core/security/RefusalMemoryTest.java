package org.tagbench.core.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class RefusalMemoryTest {

	private static CertificateTrustRequest request(String sha256) {
		return new CertificateTrustRequest("p1", "Plant", "127.0.0.1", 34568, List.of(), sha256, false, true, "AA", "changed");
	}

	@Test
	void aRefusedCertificateIsRefusedAgainWithoutAsking() {
		AtomicInteger asked = new AtomicInteger();
		CertificateTrustHandler handler = CertificateTrustHandler.askingOnce(request -> {
			asked.incrementAndGet();
			return TrustDecision.REJECT;
		});
		assertEquals(TrustDecision.REJECT, handler.decide(request("BB")));
		assertEquals(TrustDecision.REJECT, handler.decide(request("BB")));
		assertEquals(1, asked.get(), "the user is asked once for the same certificate");
		handler.decide(request("CC"));
		assertEquals(2, asked.get(), "another certificate is asked about");
	}

	@Test
	void aTrustedOnceCertificateIsAskedAboutAgain() {
		AtomicInteger asked = new AtomicInteger();
		CertificateTrustHandler handler = CertificateTrustHandler.askingOnce(request -> {
			asked.incrementAndGet();
			return TrustDecision.TRUST_ONCE;
		});
		assertEquals(TrustDecision.TRUST_ONCE, handler.decide(request("BB")));
		assertEquals(TrustDecision.TRUST_ONCE, handler.decide(request("BB")));
		assertEquals(2, asked.get(), "only refusals are remembered");
	}
}
