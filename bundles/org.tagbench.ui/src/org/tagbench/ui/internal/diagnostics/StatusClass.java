package org.tagbench.ui.internal.diagnostics;

import org.tagbench.core.diagnostics.JournalEntry;
import org.tagbench.ui.internal.Messages;

/** The classes of answers the Diagnostics view filters by. */
public enum StatusClass {
	/** Every request. */
	ALL(Messages.StatusClass_all),
	/** Answers 200 to 299. */
	SUCCESS(Messages.StatusClass_success),
	/** Answers 400 to 499. */
	CLIENT_ERROR(Messages.StatusClass_clientError),
	/** Answers 500 to 599. */
	SERVER_ERROR(Messages.StatusClass_serverError),
	/** Every failed request, with or without an answer. */
	FAILED(Messages.StatusClass_failed);

	private final String label;

	StatusClass(String label) {
		this.label = label;
	}

	/** @return the name shown in the filter */
	public String label() {
		return label;
	}

	/** @return whether {@code entry} belongs to this class */
	public boolean matches(JournalEntry entry) {
		int status = entry.status();
		return switch (this) {
			case ALL -> true;
			case SUCCESS -> status >= 200 && status < 300;
			case CLIENT_ERROR -> status >= 400 && status < 500;
			case SERVER_ERROR -> status >= 500 && status < 600;
			case FAILED -> entry.failed();
		};
	}
}
