package org.tagbench.core.security;

import java.io.IOException;
import java.util.Optional;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.osgi.util.NLS;
import org.tagbench.core.internal.Messages;

/**
 * Passwords in Equinox Secure Storage: node {@code /org.tagbench/profiles/<profile id>}, key
 * {@code password}, encrypted, flushed after every change.
 */
public final class SecureCredentialStore implements CredentialStore {

	static final String ROOT_NODE = "org.tagbench/profiles";
	static final String KEY = "password";

	private final ISecurePreferences root;

	/** @param root the secure storage to use; tests pass one opened on a temporary file */
	public SecureCredentialStore(ISecurePreferences root) {
		this.root = root;
	}

	/** @return a store over the default secure storage of the running Eclipse */
	public static SecureCredentialStore createDefault() {
		return new SecureCredentialStore(SecurePreferencesFactory.getDefault());
	}

	@Override
	public Optional<String> getPassword(String profileId) throws CredentialStoreException {
		String path = path(profileId);
		if (!root.nodeExists(path)) {
			return Optional.empty();
		}
		try {
			return Optional.ofNullable(root.node(path).get(KEY, null));
		} catch (StorageException e) {
			throw failure(Messages.SecureCredentialStore_readFailed, profileId, e);
		}
	}

	@Override
	public void putPassword(String profileId, String password) throws CredentialStoreException {
		try {
			root.node(path(profileId)).put(KEY, password, true);
			root.flush();
		} catch (StorageException | IOException e) {
			throw failure(Messages.SecureCredentialStore_writeFailed, profileId, e);
		}
	}

	@Override
	public void removePassword(String profileId) throws CredentialStoreException {
		String path = path(profileId);
		if (!root.nodeExists(path)) {
			return;
		}
		try {
			root.node(path).removeNode();
			root.flush();
		} catch (IOException e) {
			throw failure(Messages.SecureCredentialStore_writeFailed, profileId, e);
		}
	}

	private static String path(String profileId) {
		if (profileId == null || profileId.isBlank() || profileId.contains("/")) {
			throw new IllegalArgumentException("profile id must be non-empty and contain no '/'");
		}
		return ROOT_NODE + '/' + profileId;
	}

	private static CredentialStoreException failure(String message, String profileId, Exception cause) {
		return new CredentialStoreException(NLS.bind(message, profileId), cause);
	}
}
