package org.tagbench.ui.internal.tags;

import java.math.BigDecimal;
import java.util.Optional;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.tagbench.core.model.TagDataType;
import org.tagbench.core.model.ValueInput;
import org.tagbench.ui.internal.Messages;
import org.tagbench.ui.internal.dialogs.HeadedDialog;
import org.tagbench.ui.internal.widgets.EmptyState;

/**
 * Asks for a tag's new value with an editor that fits its data type (a toggle for binary tags, a text
 * field otherwise), checked against the type and the tag's limits as the user types; nothing invalid
 * can be confirmed.
 */
public final class WriteValueDialog extends HeadedDialog {

	/** Widget id of the value field (text) or toggle (binary), for tests. */
	public static final String VALUE_ID = "writeValue.value"; //$NON-NLS-1$
	/** Widget id of the date picker of a date/time tag, for tests. */
	public static final String DATE_ID = "writeValue.date"; //$NON-NLS-1$
	/** Widget id of the time picker of a date/time tag, for tests. */
	public static final String TIME_ID = "writeValue.time"; //$NON-NLS-1$

	private final TagNode tag;
	private final Optional<ValueInput> input;
	private Text text;
	private Button toggle;
	private Object value;

	public WriteValueDialog(Shell shell, TagNode tag) {
		super(shell, Messages.WriteValueDialog_title, false);
		this.tag = tag;
		this.input = ValueInput.of(tag.config());
	}

	/** @return the value to write, once the dialog was confirmed */
	public Object value() {
		return value;
	}

	@Override
	protected void fill(Composite area) {
		setTitle(NLS.bind(Messages.WriteValueDialog_heading, tag.name()));
		Composite body = form(area, 12);

		label(body, Messages.WriteValueDialog_current);
		label(body, TagValueText.value(tag.value()));
		label(body, Messages.WriteValueDialog_type);
		label(body, input.map(WriteValueDialog::describe).orElse(Messages.WriteValueDialog_unknownType));
		label(body, Messages.WriteValueDialog_newValue);
		if (input.map(ValueInput::type).orElse(null) == TagDataType.BINARY) {
			toggle = new Button(body, SWT.CHECK);
			toggle.setText(Messages.WriteValueDialog_on);
			toggle.setData(EmptyState.WIDGET_ID, VALUE_ID);
			toggle.setSelection(!Boolean.TRUE.equals(currentBoolean()));
			toggle.addListener(SWT.Selection, e -> validate());
		} else {
			text = new Text(body, SWT.BORDER | SWT.SINGLE);
			text.setData(EmptyState.WIDGET_ID, VALUE_ID);
			GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(text);
			text.addListener(SWT.Modify, e -> validate());
			if (input.map(ValueInput::type).orElse(null) == TagDataType.DATETIME) {
				label(body, ""); //$NON-NLS-1$
				new DateTimePicker(body, DATE_ID, TIME_ID, text, tag.value());
			}
		}
		setMessage(Messages.WriteValueDialog_message);
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		getButton(IDialogConstants.OK_ID).setText(Messages.WriteValueDialog_write);
		validate();
	}

	private Boolean currentBoolean() {
		return tag.value() != null && tag.value().value() instanceof Boolean b ? b : null;
	}

	private static String describe(ValueInput input) {
		StringBuilder text = new StringBuilder(input.type().name());
		if (input.type().isInteger()) {
			text.append(NLS.bind(Messages.WriteValueDialog_range, input.type().min(), input.type().max()));
		}
		if (input.low().isPresent() || input.high().isPresent()) {
			text.append(NLS.bind(Messages.WriteValueDialog_limits, bound(input.low()), bound(input.high())));
		}
		input.length().ifPresent(length -> text.append(NLS.bind(Messages.WriteValueDialog_length, length)));
		return text.toString();
	}

	private static String bound(Optional<BigDecimal> value) {
		return value.map(number -> number.stripTrailingZeros().toPlainString()).orElse("-"); //$NON-NLS-1$
	}

	private void validate() {
		ValueInput.Result result = parse();
		value = result.value();
		setErrorMessage(result.problem());
		Button ok = getButton(IDialogConstants.OK_ID);
		if (ok != null) {
			ok.setEnabled(result.isValid());
		}
	}

	private ValueInput.Result parse() {
		if (toggle != null) {
			return new ValueInput.Result(Boolean.valueOf(toggle.getSelection()), null);
		}
		String typed = text.getText();
		if (input.isPresent()) {
			return typed.isEmpty() ? new ValueInput.Result(null, Messages.WriteValueDialog_empty) : input.get().parse(typed);
		}
		return typed.isEmpty() ? new ValueInput.Result(null, Messages.WriteValueDialog_empty)
				: new ValueInput.Result(ValueInput.untyped(typed), null);
	}

	private static void label(Composite parent, String text) {
		Label label = new Label(parent, SWT.NONE);
		label.setText(text);
	}
}
