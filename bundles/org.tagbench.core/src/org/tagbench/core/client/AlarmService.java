package org.tagbench.core.client;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.osgi.util.NLS;
import org.tagbench.core.errors.ErrorCatalog;
import org.tagbench.core.errors.WinccError;
import org.tagbench.core.errors.WinccErrorKind;
import org.tagbench.core.errors.WinccException;
import org.tagbench.core.internal.Messages;
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
	 * @throws WinccException {@link WinccErrorKind#CONFIGURATION} when the filter name cannot be sent (see
	 *                        {@link #filterProblem(String)}); HTTP 404 explained as an unknown REST filter
	 */
	public List<AlarmMessage> messages(AlarmList list, String filter, int maxValues, Locale language,
			IProgressMonitor monitor) throws WinccException {
		String problem = filterProblem(filter);
		if (problem != null) {
			throw new WinccException(new WinccError(WinccErrorKind.CONFIGURATION, 0, problem, Messages.AlarmService_filterSolution, ""));
		}
		RequestSpec spec = RequestSpec.get(BASE + list.path() + "/" + RequestSpec.segment(filter.strip()))
				.withLanguage(language(language));
		if (maxValues > 0) {
			spec = spec.withQuery(Map.of("maxValues", Integer.toString(maxValues)));
		}
		try {
			return requests.list(spec, o -> ConfigReaders.alarmMessage(o), monitor);
		} catch (WinccException e) {
			if (e.error().status() == 404) {
				throw new WinccException(ErrorCatalog.forAlarmFilter(filter.strip(), e.error().detail()), e);
			}
			throw e;
		}
	}

	/**
	 * Checks a REST filter name before it is sent: it must not be empty, and as a path segment it must not
	 * hold slashes or control characters (servers refuse encoded slashes).
	 *
	 * @param filter the filter name as typed
	 * @return what is wrong, or null when the name can be sent
	 */
	public static String filterProblem(String filter) {
		if (filter == null || filter.isBlank()) {
			return Messages.AlarmService_filterEmpty;
		}
		for (int i = 0; i < filter.length(); i++) {
			char c = filter.charAt(i);
			if (c == '/' || c == '\\' || Character.isISOControl(c)) {
				return NLS.bind(Messages.AlarmService_filterCharacter, filter.strip());
			}
		}
		return null;
	}

	private static Locale language(Locale language) {
		return language != null ? language : Locale.US;
	}
}
