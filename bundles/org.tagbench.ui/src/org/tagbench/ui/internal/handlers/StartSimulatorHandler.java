package org.tagbench.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.tagbench.core.errors.WinccException;
import org.tagbench.simulator.Simulator;
import org.tagbench.ui.internal.Messages;
import org.tagbench.ui.internal.Statuses;
import org.tagbench.ui.internal.UiRunner;
import org.tagbench.ui.internal.demo.EmbeddedSimulator;
import org.tagbench.ui.internal.jobs.TagbenchJobs;

/**
 * Starts the WinCC REST simulator inside the workbench (the Demo profile's server) and says where it
 * listens, with its users and certificate fingerprint, so that other profiles and tools can use it too.
 */
public class StartSimulatorHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		TagbenchJobs.schedule(Messages.Simulator_starting, monitor -> {
			try {
				Simulator simulator = EmbeddedSimulator.start(EmbeddedSimulator.demoPort());
				String text = NLS.bind(Messages.Simulator_running,
						new Object[] { simulator.baseUri(), EmbeddedSimulator.USER, simulator.certificateSha256() });
				UiRunner.run(shell, () -> MessageDialog.openInformation(shell, Messages.Simulator_title, text));
			} catch (WinccException e) {
				throw new CoreException(Statuses.of(Messages.Simulator_startFailed, e.error()));
			}
		});
		return null;
	}
}
