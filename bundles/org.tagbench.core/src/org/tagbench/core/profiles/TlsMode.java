package org.tagbench.core.profiles;

/** How a profile decides whether to trust the server. */
public enum TlsMode {
	/** Verify the certificate chain against the JDK trust store and the host name. The default. */
	VERIFY,
	/** Trust exactly the certificate whose SHA-256 fingerprint the profile holds. */
	PIN,
	/** Verify the certificate chain against the CA certificate(s) in the profile's CA file. */
	CUSTOM_CA,
	/** Plain, unencrypted HTTP; requires an http:// URL and is shown as insecure everywhere. */
	PLAIN_HTTP
}
