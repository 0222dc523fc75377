package org.tagbench.cli.internal;

import java.util.Arrays;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.osgi.util.NLS;
import org.tagbench.core.client.AlarmList;
import org.tagbench.core.model.AlarmMessage;

/**
 * {@code tagbench alarms --filter F [--list L] [--max N] [--language TAG]}: the messages of an alarm
 * logging list (WinCC V8.1) through a REST filter configured in WinCC.
 */
final class AlarmsCommand extends ConnectedCommand {

	private static final List<String> COLUMNS = List.of("number", "state", "timestamp", "class", "priority", "text");
	private static final Map<String, AlarmList> LISTS = Map.of("messages", AlarmList.MESSAGE_LIST,
			"short-term", AlarmList.SHORT_TERM_ARCHIVE, "long-term", AlarmList.LONG_TERM_ARCHIVE,
			"hits", AlarmList.HIT_LIST, "locks", AlarmList.LOCK_LIST);

	@Override
	public String name() {
		return "alarms";
	}

	@Override
	public String usage() {
		return Messages.Alarms_usage;
	}

	@Override
	Options options() {
		return Options.valued("--filter", "--list", "--max", "--language");
	}

	@Override
	Action prepare(Arguments arguments, CliContext context) throws CliException {
		OutputFormat format = OutputFormat.of(arguments, OutputFormat.TABLE);
		arguments.noPositionals();
		String filter = arguments.required("--filter");
		String listName = arguments.value("--list");
		AlarmList list = listName == null ? AlarmList.MESSAGE_LIST : LISTS.get(listName);
		if (list == null) {
			throw new UsageException(NLS.bind(Messages.Alarms_unknownList, listName));
		}
		int max = arguments.number("--max", 0, 1);
		Locale language = language(arguments.value("--language"));
		return (client, ctx) -> {
			List<AlarmMessage> messages = client.alarms().messages(list, filter, max, language, new NullProgressMonitor());
			RowWriter rows = format.open(ctx.out(), COLUMNS);
			for (AlarmMessage m : messages) {
				rows.row(Arrays.asList(m.number(), m.state(), m.timestamp() != null ? m.timestamp() : m.rawTimestamp(),
						m.messageClass(), m.priority(), m.text()));
			}
			rows.end();
			return ExitCode.OK;
		};
	}

	private static Locale language(String tag) throws UsageException {
		if (tag == null) {
			return null;
		}
		try {
			return new Locale.Builder().setLanguageTag(tag).build();
		} catch (IllformedLocaleException e) {
			throw new UsageException(NLS.bind(Messages.Alarms_badLanguage, tag));
		}
	}
}
