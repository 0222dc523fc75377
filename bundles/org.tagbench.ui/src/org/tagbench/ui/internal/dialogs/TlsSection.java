package org.tagbench.ui.internal.dialogs;

import java.util.EnumMap;
import java.util.Map;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.tagbench.core.profiles.ConnectionProfile;
import org.tagbench.core.profiles.TlsMode;
import org.tagbench.core.profiles.TlsSettings;
import org.tagbench.ui.internal.Messages;
import org.tagbench.ui.internal.widgets.EmptyState;

/**
 * How the server is trusted: verify its certificate (the default), pin one certificate, verify against a
 * custom CA, or, explicitly and with a visible warning, plain unencrypted HTTP.
 */
public final class TlsSection extends FormSection {

	/** Widget ids, for tests. */
	public static final String PIN_ID = "profile.tls.pin", CA_FILE_ID = "profile.tls.caFile", //$NON-NLS-1$ //$NON-NLS-2$
			INSECURE_WARNING_ID = "profile.tls.insecureWarning"; //$NON-NLS-1$

	private static final String HEX64 = "[0-9a-f]{64}"; //$NON-NLS-1$

	private final ConnectionProfile initial;
	private final Map<TlsMode, Button> modes = new EnumMap<>(TlsMode.class);
	private Text pin;
	private Text caFile;
	private Button browse;
	private Composite warning;

	/** @param initial the profile to start from */
	public TlsSection(ConnectionProfile initial) {
		this.initial = initial;
	}

	@Override
	public String title() {
		return Messages.TlsSection_title;
	}

	@Override
	public String description() {
		return Messages.TlsSection_description;
	}

	@Override
	public Control create(Composite parent) {
		Composite composite = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(composite);
		TlsSettings tls = initial.tls();
		modes.put(TlsMode.VERIFY, radio(composite, Messages.TlsSection_verify));
		modes.put(TlsMode.PIN, radio(composite, Messages.TlsSection_pin));
		modes.put(TlsMode.CUSTOM_CA, radio(composite, Messages.TlsSection_customCa));
		modes.put(TlsMode.PLAIN_HTTP, radio(composite, Messages.TlsSection_plainHttp));
		modes.get(tls.mode()).setSelection(true);

		pin = text(composite, Messages.TlsSection_fingerprint, PIN_ID, tls.pinnedSha256(), 2);
		pin.setMessage(Messages.TlsSection_fingerprintHint);
		caFile = text(composite, Messages.TlsSection_caFile, CA_FILE_ID, tls.caFile(), 1);
		browse = new Button(composite, SWT.PUSH);
		browse.setText(Messages.TlsSection_browse);
		browse.addListener(SWT.Selection, e -> browseCaFile());

		warning = new Composite(composite, SWT.NONE);
		warning.setData(EmptyState.WIDGET_ID, INSECURE_WARNING_ID);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(warning);
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).indent(0, 8).applyTo(warning);
		new Label(warning, SWT.NONE).setImage(composite.getDisplay().getSystemImage(SWT.ICON_WARNING));
		Label text = new Label(warning, SWT.WRAP);
		text.setText(Messages.TlsSection_insecureWarning);
		text.setForeground(composite.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(text);
		updateEnablement();
		return composite;
	}

	private Button radio(Composite parent, String label) {
		Button button = new Button(parent, SWT.RADIO);
		button.setText(label);
		GridDataFactory.fillDefaults().span(3, 1).applyTo(button);
		button.addListener(SWT.Selection, e -> {
			if (button.getSelection()) {
				modes.values().forEach(other -> other.setSelection(other == button));
			}
			updateEnablement();
			changed();
		});
		return button;
	}

	private Text text(Composite parent, String label, String id, String value, int span) {
		Label caption = new Label(parent, SWT.NONE);
		caption.setText(label);
		GridDataFactory.swtDefaults().indent(20, 0).applyTo(caption);
		Text text = new Text(parent, SWT.BORDER | SWT.SINGLE);
		text.setText(value == null ? "" : value); //$NON-NLS-1$
		text.setData(EmptyState.WIDGET_ID, id);
		GridDataFactory.fillDefaults().grab(true, false).span(span, 1).hint(300, SWT.DEFAULT).applyTo(text);
		text.addModifyListener(e -> changed());
		return text;
	}

	private void browseCaFile() {
		FileDialog dialog = new FileDialog(caFile.getShell(), SWT.OPEN);
		dialog.setFilterExtensions(new String[] { "*.pem;*.crt;*.cer;*.der", "*" }); //$NON-NLS-1$ //$NON-NLS-2$
		String chosen = dialog.open();
		if (chosen != null) {
			caFile.setText(chosen);
		}
	}

	private void updateEnablement() {
		TlsMode mode = mode();
		pin.setEnabled(mode == TlsMode.PIN);
		caFile.setEnabled(mode == TlsMode.CUSTOM_CA);
		browse.setEnabled(mode == TlsMode.CUSTOM_CA);
		warning.setVisible(mode == TlsMode.PLAIN_HTTP);
	}

	/** @return the mode chosen */
	public TlsMode mode() {
		return modes.entrySet().stream().filter(e -> e.getValue().getSelection()).map(Map.Entry::getKey).findFirst()
				.orElse(TlsMode.VERIFY);
	}

	@Override
	public String validate() {
		return switch (mode()) {
			case PIN -> {
				String fingerprint = TlsSettings.normalizeFingerprint(pin.getText());
				yield fingerprint != null && fingerprint.matches(HEX64) ? null : Messages.TlsSection_fingerprintInvalid;
			}
			case CUSTOM_CA -> caFile.getText().isBlank() ? Messages.TlsSection_caFileMissing : null;
			case VERIFY, PLAIN_HTTP -> null;
		};
	}

	@Override
	public void apply(ConnectionProfile.Builder builder) {
		builder.tls(switch (mode()) {
			case VERIFY -> TlsSettings.VERIFY;
			case PIN -> TlsSettings.pinned(pin.getText());
			case CUSTOM_CA -> TlsSettings.customCa(caFile.getText().trim());
			case PLAIN_HTTP -> TlsSettings.plainHttp();
		});
	}
}
