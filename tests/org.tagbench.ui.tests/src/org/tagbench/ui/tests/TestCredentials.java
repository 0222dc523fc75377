package org.tagbench.ui.tests;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.tagbench.core.security.CredentialStore;
import org.tagbench.core.security.SecureCredentialStore;
import org.tagbench.ui.internal.connections.ConnectionManager;

/**
 * A private Secure Storage on a temporary file, with a fixed master password and no prompt, put into the
 * connection manager in place of the user's default storage.
 */
public final class TestCredentials {

	private TestCredentials() {
	}

	/** @return the credential store the workbench now uses, over a new secure storage file in {@code dir} */
	public static CredentialStore install(Path dir) throws Exception {
		Map<Object, Object> options = new HashMap<>();
		options.put(IProviderHints.PROMPT_USER, Boolean.FALSE);
		options.put(IProviderHints.DEFAULT_PASSWORD, new PBEKeySpec("ui-tests".toCharArray()));
		ISecurePreferences root = SecurePreferencesFactory.open(dir.resolve("secure_storage").toUri().toURL(), options);
		CredentialStore store = new SecureCredentialStore(root);
		ConnectionManager.getDefault().useCredentialStore(store);
		return store;
	}
}
