package org.tagbench.core.client;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.tagbench.core.errors.WinccException;
import org.tagbench.core.internal.http.RequestSpec;
import org.tagbench.core.internal.http.Requests;
import org.tagbench.core.internal.json.ConfigReaders;
import org.tagbench.core.model.AlarmMessage;
import org.tagbench.core.model.ConfigItem;
import org.tagbench.core.model.Page;

/**
 * Alarm logging ({@code alarmLogging}, WinCC V8.1), read-only. Texts come in the language passed (sent as
 * {@code Accept-Language}); null means en-US.
 */
public final class AlarmService {

	private static final String BASE = "/alarmLogging/";

	private final Requests requests;

	AlarmService(Requests requests) {
		this.requests = requests;
	}

	public Page<ConfigItem> listConfig(AlarmConfigList list, String continuationPoint, int itemLimit, Locale language,
			IProgressMonitor monitor) throws WinccException {
		return requests.page(RequestSpec.get(BASE + list.plural()).withLanguage(language(language)), continuationPoint,
				itemLimit, ConfigReaders::configItem, monitor);
	}

	public ConfigItem getConfig(AlarmConfigList list, String name, Locale language, IProgressMonitor monitor)
			throws WinccException {
		return requests.single(RequestSpec.get(BASE + list.singular() + "/" + RequestSpec.segment(name))
				.withLanguage(language(language)), ConfigReaders::configItem, monitor);
	}

	/**
	 * @param list      the runtime list
	 * @param filter    the name of the REST filter configured in WinCC
	 * @param maxValues the most messages; 0 or less leaves it to the server
	 */
	public List<AlarmMessage> messages(AlarmList list, String filter, int maxValues, Locale language,
			IProgressMonitor monitor) throws WinccException {
		RequestSpec spec = RequestSpec.get(BASE + list.path() + "/" + RequestSpec.segment(filter))
				.withLanguage(language(language));
		if (maxValues > 0) {
			spec = spec.withQuery(Map.of("maxValues", Integer.toString(maxValues)));
		}
		return requests.list(spec, o -> ConfigReaders.alarmMessage(o), monitor);
	}

	private static Locale language(Locale language) {
		return language != null ? language : Locale.US;
	}
}
