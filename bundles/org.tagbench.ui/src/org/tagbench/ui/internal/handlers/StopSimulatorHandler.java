package org.tagbench.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.tagbench.ui.internal.Messages;
import org.tagbench.ui.internal.demo.EmbeddedSimulator;
import org.tagbench.ui.internal.jobs.TagbenchJobs;

/** Stops the simulator running inside the workbench; profiles connected to it show the lost connection. */
public class StopSimulatorHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		TagbenchJobs.schedule(Messages.Simulator_stopping, monitor -> EmbeddedSimulator.stop());
		return null;
	}
}
