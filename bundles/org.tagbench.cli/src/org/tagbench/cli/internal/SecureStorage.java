package org.tagbench.cli.internal;

import java.io.IOException;
import java.util.Map;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.tagbench.core.security.CredentialStore;
import org.tagbench.core.security.SecureCredentialStore;

/** The workbench's secure storage, opened so that it never prompts: the command line may run unattended. */
final class SecureStorage {

	private SecureStorage() {
	}

	/** @return the store, or null when secure storage cannot be opened */
	static CredentialStore open() {
		try {
			ISecurePreferences root = SecurePreferencesFactory.open(null, Map.of(IProviderHints.PROMPT_USER, Boolean.FALSE));
			return root == null ? null : new SecureCredentialStore(root);
		} catch (IOException e) {
			return null;
		}
	}
}
