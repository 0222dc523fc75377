package org.tagbench.cli.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.tagbench.core.security.CredentialStore;

/** Passwords in memory, standing in for the workbench's secure storage. */
final class MemoryCredentialStore implements CredentialStore {

	private final Map<String, String> passwords = new HashMap<>();

	@Override
	public Optional<String> getPassword(String profileId) {
		return Optional.ofNullable(passwords.get(profileId));
	}

	@Override
	public void putPassword(String profileId, String password) {
		passwords.put(profileId, password);
	}

	@Override
	public void removePassword(String profileId) {
		passwords.remove(profileId);
	}
}
