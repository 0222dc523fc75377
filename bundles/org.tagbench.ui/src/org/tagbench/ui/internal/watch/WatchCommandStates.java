package org.tagbench.ui.internal.watch;

import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.State;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.RadioState;
import org.eclipse.ui.handlers.RegistryToggleState;
import org.tagbench.core.watch.WatchModel;

/** Shows the Watch model's pause and interval in the states of their commands (a toggle and a radio choice). */
public final class WatchCommandStates {

	private WatchCommandStates() {
	}

	/**
	 * @param pauseCommand    id of the pause toggle command
	 * @param intervalCommand id of the interval radio command
	 */
	public static void sync(ICommandService commands, WatchModel model, String pauseCommand, String intervalCommand) {
		setState(commands.getCommand(pauseCommand), RegistryToggleState.STATE_ID, Boolean.valueOf(model.isPaused()));
		setState(commands.getCommand(intervalCommand), RadioState.STATE_ID, Long.toString(model.interval().toMillis()));
		commands.refreshElements(pauseCommand, null);
		commands.refreshElements(intervalCommand, null);
	}

	private static void setState(Command command, String id, Object value) {
		State state = command.getState(id);
		if (state != null) {
			state.setValue(value);
		}
	}
}
