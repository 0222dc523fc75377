package org.tagbench.core.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Round trip through real Equinox Secure Storage on a temporary file. Secure storage needs a running
 * OSGi framework (its provider registry): the test runs in the Tycho test runtime.
 */
class SecureCredentialStoreTest {

	@TempDir
	Path dir;

	@Test
	void passwordRoundTrip() throws Exception {
		Map<Object, Object> options = new HashMap<>();
		options.put(IProviderHints.PROMPT_USER, Boolean.FALSE);
		options.put(IProviderHints.DEFAULT_PASSWORD, new PBEKeySpec("test-master".toCharArray()));
		ISecurePreferences root = SecurePreferencesFactory.open(dir.resolve("secure_storage").toUri().toURL(), options);
		CredentialStore store = new SecureCredentialStore(root);

		assertEquals(Optional.empty(), store.getPassword("p1"));
		store.putPassword("p1", "geheim");
		store.putPassword("p2", "other");
		assertEquals(Optional.of("geheim"), store.getPassword("p1"));
		assertTrue(root.node("org.tagbench/profiles/p1").isEncrypted("password"));
		String onDisk = Files.readString(dir.resolve("secure_storage"));
		assertFalse(onDisk.contains("geheim"), "the password is stored encrypted, never in clear text");
		assertTrue(onDisk.contains("org.tagbench"), "the store was flushed to its file");

		ISecurePreferences reopened = SecurePreferencesFactory.open(dir.resolve("secure_storage").toUri().toURL(), options);
		assertEquals(Optional.of("other"), new SecureCredentialStore(reopened).getPassword("p2"));

		store.removePassword("p1");
		assertEquals(Optional.empty(), store.getPassword("p1"));
		store.removePassword("p1");
	}
}
