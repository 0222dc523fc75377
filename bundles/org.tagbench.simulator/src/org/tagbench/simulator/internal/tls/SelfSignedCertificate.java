package org.tagbench.simulator.internal.tls;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.ZonedDateTime;

/**
 * Makes a self-signed EC P-256 server certificate for {@code localhost} and {@code 127.0.0.1}
 * with the JDK's public crypto API and a small DER encoder. This avoids both a Bouncy Castle
 * dependency and the JDK-internal {@code sun.security.x509} classes (not exported, so unusable
 * in OSGi and in a plain class path without {@code --add-exports}), and it needs no {@code keytool}
 * binary, which runtimes made with jlink may lack; it takes milliseconds, where spawning
 * {@code keytool} takes about a second.
 */
public final class SelfSignedCertificate {

    private static final String EC_WITH_SHA256 = "1.2.840.10045.4.3.2";

    private SelfSignedCertificate() {
    }

    /** A new key pair and a certificate valid from yesterday for ten years. */
    public static Issued create(String commonName) throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"), new SecureRandom());
        KeyPair keys = generator.generateKeyPair();
        byte[] name = Der.sequence(
                Der.set(Der.sequence(Der.oid("2.5.4.3"), Der.utf8(commonName))),
                Der.set(Der.sequence(Der.oid("2.5.4.10"), Der.utf8("Tagbench WinCC REST simulator"))));
        byte[] algorithm = Der.sequence(Der.oid(EC_WITH_SHA256));
        ZonedDateTime now = ZonedDateTime.now();
        byte[] loopback = { 127, 0, 0, 1 };
        byte[] san = Der.sequence(Der.implicitPrimitive(2, "localhost".getBytes(java.nio.charset.StandardCharsets.US_ASCII)),
                Der.implicitPrimitive(7, loopback));
        byte[] extensions = Der.explicit(3, Der.sequence(
                Der.sequence(Der.oid("2.5.29.17"), Der.octetString(san)),
                Der.sequence(Der.oid("2.5.29.19"), Der.octetString(Der.sequence())),
                Der.sequence(Der.oid("2.5.29.15"), Der.bool(true), Der.octetString(Der.tlv(0x03, new byte[] { 7, (byte) 0x80 }))),
                Der.sequence(Der.oid("2.5.29.37"), Der.octetString(Der.sequence(Der.oid("1.3.6.1.5.5.7.3.1"))))));
        byte[] tbs = Der.sequence(
                Der.explicit(0, Der.integer(BigInteger.TWO)),
                Der.integer(new BigInteger(63, new SecureRandom()).add(BigInteger.ONE)),
                algorithm,
                name,
                Der.sequence(Der.time(now.minusDays(1)), Der.time(now.plusYears(10))),
                name,
                keys.getPublic().getEncoded(),
                extensions);
        Signature signer = Signature.getInstance("SHA256withECDSA");
        signer.initSign(keys.getPrivate());
        signer.update(tbs);
        byte[] der = Der.sequence(tbs, algorithm, Der.bitString(signer.sign()));
        X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(der));
        certificate.verify(keys.getPublic());
        return new Issued(keys, certificate);
    }

    /** A key pair with its certificate. */
    public record Issued(KeyPair keys, X509Certificate certificate) {
    }
}
