package org.tagbench.cli.internal;

import java.io.IOException;

import org.tagbench.core.client.WinccClient;
import org.tagbench.core.errors.WinccException;

/** What a {@link ConnectedCommand} does once connected, prepared from its arguments before connecting. */
interface Action {

	/**
	 * Checks, before the password is asked for and the connection made, that the action may run
	 * against the target; asks the user when needed.
	 *
	 * @throws CliException   when the action must not run
	 * @throws WinccException when the target refuses the action (e.g. a read-only profile)
	 */
	default void approve(Target target, CliContext context) throws CliException, WinccException {
		// most actions need no approval
	}

	/** @return the exit code */
	int run(WinccClient client, CliContext context) throws WinccException, IOException;
}
