package org.tagbench.core.security;

/** Secure storage could not be read or written (locked, no master password, I/O failure). */
public class CredentialStoreException extends Exception {

	private static final long serialVersionUID = 1L;

	public CredentialStoreException(String message, Throwable cause) {
		super(message, cause);
	}
}
