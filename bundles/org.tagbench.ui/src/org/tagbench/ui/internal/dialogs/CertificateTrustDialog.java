package org.tagbench.ui.internal.dialogs;

import java.security.cert.X509Certificate;
import java.text.DateFormat;
import java.util.Date;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.tagbench.core.security.CertificateTrustRequest;
import org.tagbench.core.security.Fingerprints;
import org.tagbench.core.security.TrustDecision;
import org.tagbench.ui.internal.Messages;
import org.tagbench.ui.internal.widgets.EmptyState;

/**
 * Asks whether to trust a server certificate Tagbench cannot verify: subject, issuer, validity, SHA-256
 * fingerprint and whether it names the host. A certificate that replaced a pinned one gets a red warning,
 * and the trust buttons stay disabled until the user confirms having checked the new fingerprint.
 */
public final class CertificateTrustDialog extends Dialog {

	/** Button ids. */
	public static final int TRUST_ONCE_ID = IDialogConstants.CLIENT_ID + 1, TRUST_ALWAYS_ID = IDialogConstants.CLIENT_ID + 2;
	/** Widget ids, for tests. */
	public static final String FINGERPRINT_ID = "trust.fingerprint", WARNING_ID = "trust.warning", //$NON-NLS-1$ //$NON-NLS-2$
			CONFIRM_ID = "trust.confirmChanged", HOST_ID = "trust.host"; //$NON-NLS-1$ //$NON-NLS-2$

	private final CertificateTrustRequest request;
	private Button confirm;

	public CertificateTrustDialog(Shell parent, CertificateTrustRequest request) {
		super(parent);
		this.request = request;
	}

	/** @return the decision: the button pressed, {@link TrustDecision#REJECT} on cancel or close */
	public TrustDecision ask() {
		return switch (open()) {
			case TRUST_ONCE_ID -> TrustDecision.TRUST_ONCE;
			case TRUST_ALWAYS_ID -> TrustDecision.TRUST_ALWAYS;
			default -> TrustDecision.REJECT;
		};
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(request.changed() ? Messages.CertificateTrustDialog_changedTitle : Messages.CertificateTrustDialog_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().numColumns(2).spacing(10, 6).applyTo(area);
		createWarning(area);
		X509Certificate leaf = request.leaf();
		row(area, Messages.CertificateTrustDialog_server, request.host() + ':' + request.port(), null);
		row(area, Messages.CertificateTrustDialog_subject, leaf.getSubjectX500Principal().getName(), null);
		row(area, Messages.CertificateTrustDialog_issuer, leaf.getIssuerX500Principal().getName(), null);
		row(area, Messages.CertificateTrustDialog_validity, validity(leaf), null);
		row(area, Messages.CertificateTrustDialog_fingerprint, request.displayFingerprint(), FINGERPRINT_ID);
		if (request.changed()) {
			row(area, Messages.CertificateTrustDialog_pinned, Fingerprints.display(request.pinnedSha256()), null);
		}
		row(area, Messages.CertificateTrustDialog_hostName, request.hostnameMatches()
				? NLS.bind(Messages.CertificateTrustDialog_hostMatches, request.host())
				: NLS.bind(Messages.CertificateTrustDialog_hostMismatch, request.host()), HOST_ID);
		if (!request.reason().isEmpty()) {
			row(area, Messages.CertificateTrustDialog_reason, request.reason(), null);
		}
		if (request.changed()) {
			confirm = new Button(area, SWT.CHECK);
			confirm.setText(Messages.CertificateTrustDialog_confirmChanged);
			confirm.setData(EmptyState.WIDGET_ID, CONFIRM_ID);
			GridDataFactory.fillDefaults().span(2, 1).indent(0, 8).applyTo(confirm);
			confirm.addListener(SWT.Selection, e -> updateButtons());
		}
		return area;
	}

	private void createWarning(Composite area) {
		Composite warning = new Composite(area, SWT.NONE);
		warning.setData(EmptyState.WIDGET_ID, WARNING_ID);
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(10, 0).applyTo(warning);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).indent(0, 0).applyTo(warning);
		boolean changed = request.changed();
		new Label(warning, SWT.NONE).setImage(getShell().getDisplay().getSystemImage(changed ? SWT.ICON_ERROR : SWT.ICON_WARNING));
		Label text = new Label(warning, SWT.WRAP);
		text.setText(changed
				? NLS.bind(Messages.CertificateTrustDialog_changedWarning, request.profileName())
				: NLS.bind(Messages.CertificateTrustDialog_untrustedWarning, request.profileName()));
		if (changed) {
			text.setFont(JFaceResources.getBannerFont());
			text.setForeground(getShell().getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		}
		GridDataFactory.fillDefaults().grab(true, false).hint(520, SWT.DEFAULT).applyTo(text);
	}

	private static void row(Composite area, String label, String value, String id) {
		Label caption = new Label(area, SWT.NONE);
		caption.setText(label);
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(caption);
		Text text = new Text(area, SWT.READ_ONLY | SWT.WRAP);
		text.setText(value);
		text.setData(EmptyState.WIDGET_ID, id);
		GridDataFactory.fillDefaults().grab(true, false).hint(520, SWT.DEFAULT).applyTo(text);
	}

	private static String validity(X509Certificate leaf) {
		DateFormat format = DateFormat.getDateTimeInstance(DateFormat.MEDIUM, DateFormat.SHORT);
		Date now = new Date();
		String range = NLS.bind(Messages.CertificateTrustDialog_validRange, format.format(leaf.getNotBefore()),
				format.format(leaf.getNotAfter()));
		if (now.after(leaf.getNotAfter())) {
			return NLS.bind(Messages.CertificateTrustDialog_expired, range);
		}
		if (now.before(leaf.getNotBefore())) {
			return NLS.bind(Messages.CertificateTrustDialog_notYetValid, range);
		}
		return range;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, TRUST_ONCE_ID, Messages.CertificateTrustDialog_trustOnce, false);
		createButton(parent, TRUST_ALWAYS_ID, Messages.CertificateTrustDialog_trustAlways, false);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, true);
		updateButtons();
	}

	private void updateButtons() {
		boolean allowed = confirm == null || confirm.getSelection();
		getButton(TRUST_ONCE_ID).setEnabled(allowed);
		getButton(TRUST_ALWAYS_ID).setEnabled(allowed);
	}

	@Override
	protected void buttonPressed(int buttonId) {
		setReturnCode(buttonId);
		close();
	}
}
