package org.tagbench.ui.internal.dialogs;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ObjIntConsumer;

import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.tagbench.core.profiles.ConnectionProfile;
import org.tagbench.ui.internal.Messages;

/** Timeouts, batch size, parallel requests, poll interval and retries, each checked against its range. */
public final class LimitsSection extends FormSection {

	/** Widget ids, for tests. */
	public static final String CONNECT_TIMEOUT_ID = "profile.connectTimeout", RESPONSE_TIMEOUT_ID = "profile.responseTimeout", //$NON-NLS-1$ //$NON-NLS-2$
			BATCH_SIZE_ID = "profile.batchSize", MAX_IN_FLIGHT_ID = "profile.maxInFlight", //$NON-NLS-1$ //$NON-NLS-2$
			POLL_INTERVAL_ID = "profile.pollInterval", RETRIES_ID = "profile.retries"; //$NON-NLS-1$ //$NON-NLS-2$

	/** One number field: its text, its range and where it goes in the profile. */
	private record NumberField(Text text, String label, int min, int max, ObjIntConsumer<ConnectionProfile.Builder> setter) {
	}

	private final ConnectionProfile initial;
	private final List<NumberField> fields = new ArrayList<>();

	/** @param initial the profile to start from */
	public LimitsSection(ConnectionProfile initial) {
		this.initial = initial;
	}

	@Override
	public String title() {
		return Messages.LimitsSection_title;
	}

	@Override
	public String description() {
		return Messages.LimitsSection_description;
	}

	@Override
	public Control create(Composite parent) {
		Composite composite = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(composite);
		add(composite, Messages.LimitsSection_connectTimeout, CONNECT_TIMEOUT_ID, initial.connectTimeoutMs(), 100, 600_000,
				ConnectionProfile.Builder::connectTimeoutMs);
		add(composite, Messages.LimitsSection_responseTimeout, RESPONSE_TIMEOUT_ID, initial.responseTimeoutMs(), 100,
				3_600_000, ConnectionProfile.Builder::responseTimeoutMs);
		add(composite, Messages.LimitsSection_batchSize, BATCH_SIZE_ID, initial.batchSize(), 1, 10_000,
				ConnectionProfile.Builder::batchSize);
		add(composite, Messages.LimitsSection_maxInFlight, MAX_IN_FLIGHT_ID, initial.maxInFlight(), 1, 16,
				ConnectionProfile.Builder::maxInFlight);
		add(composite, Messages.LimitsSection_pollInterval, POLL_INTERVAL_ID, initial.pollIntervalMs(), 100, 86_400_000,
				ConnectionProfile.Builder::pollIntervalMs);
		add(composite, Messages.LimitsSection_retries, RETRIES_ID, initial.retries(), 0, 10,
				ConnectionProfile.Builder::retries);
		return composite;
	}

	private void add(Composite composite, String label, String id, int value, int min, int max,
			ObjIntConsumer<ConnectionProfile.Builder> setter) {
		Text text = field(composite, label, id, Integer.toString(value), SWT.SINGLE);
		fields.add(new NumberField(text, label, min, max, setter));
	}

	@Override
	public String validate() {
		for (NumberField field : fields) {
			Integer value = number(field.text());
			if (value == null || value < field.min() || value > field.max()) {
				return NLS.bind(Messages.LimitsSection_outOfRange, new Object[] { field.label(),
						Integer.toString(field.min()), Integer.toString(field.max()) });
			}
		}
		return null;
	}

	@Override
	public void apply(ConnectionProfile.Builder builder) {
		for (NumberField field : fields) {
			field.setter().accept(builder, number(field.text()));
		}
	}
}
