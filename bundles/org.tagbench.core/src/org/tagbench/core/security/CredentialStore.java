package org.tagbench.core.security;

import java.util.Optional;

/** Keeps the passwords of connection profiles, keyed by profile id. Never anywhere but here. */
public interface CredentialStore {

	/** @return the password stored for the profile, if any */
	Optional<String> getPassword(String profileId) throws CredentialStoreException;

	/** Stores the password for the profile, replacing any stored before. */
	void putPassword(String profileId, String password) throws CredentialStoreException;

	/** Removes the password of the profile; does nothing when none is stored. */
	void removePassword(String profileId) throws CredentialStoreException;
}
