package org.tagbench.ui.internal.trust;

import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.tagbench.core.security.CertificateTrustHandler;
import org.tagbench.core.security.CertificateTrustRequest;
import org.tagbench.core.security.TrustDecision;
import org.tagbench.ui.internal.dialogs.CertificateTrustDialog;

/**
 * Core's {@link CertificateTrustHandler}, answered by the user in the certificate trust dialog. Provided
 * as a Declarative Services component. Core calls it on the connecting Job's thread; it hops to the UI
 * thread with {@code syncExec} and blocks until the user answered. Rejects when no workbench is running.
 */
public final class DialogTrustHandler implements CertificateTrustHandler {

	@Override
	public TrustDecision decide(CertificateTrustRequest request) {
		if (!PlatformUI.isWorkbenchRunning()) {
			return TrustDecision.REJECT;
		}
		Display display = PlatformUI.getWorkbench().getDisplay();
		if (display.isDisposed()) {
			return TrustDecision.REJECT;
		}
		if (display.getThread() == Thread.currentThread()) {
			return ask(display, request);
		}
		AtomicReference<TrustDecision> decision = new AtomicReference<>(TrustDecision.REJECT);
		display.syncExec(() -> decision.set(ask(display, request)));
		return decision.get();
	}

	private static TrustDecision ask(Display display, CertificateTrustRequest request) {
		Shell parent = display.getActiveShell();
		if (parent == null && PlatformUI.getWorkbench().getActiveWorkbenchWindow() != null) {
			parent = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		}
		return new CertificateTrustDialog(parent, request).ask();
	}
}
