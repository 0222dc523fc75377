package org.tagbench.core.model;

import org.tagbench.core.errors.WinccError;

/**
 * The outcome of writing one value, verified by reading it back.
 *
 * @param name      the tag name written
 * @param requested the value sent
 * @param status    the outcome
 * @param readBack  the value read back, or null when not read back
 * @param error     the error for every status but {@link WriteStatus#VERIFIED}, or null
 */
public record WriteResult(String name, Object requested, WriteStatus status, TagValue readBack, WinccError error) {

	/** @return whether the value is verified as written */
	public boolean isVerified() {
		return status == WriteStatus.VERIFIED;
	}
}
