package org.tagbench.core.internal;

import org.eclipse.osgi.util.NLS;

/** Externalised texts of the core bundle ({@code messages.properties}). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.tagbench.core.internal.messages";

	public static String ErrorCatalog_400_meaning;
	public static String ErrorCatalog_400_solution;
	public static String ErrorCatalog_401_meaning;
	public static String ErrorCatalog_401_solution;
	public static String ErrorCatalog_402_meaning;
	public static String ErrorCatalog_402_solution;
	public static String ErrorCatalog_403_meaning;
	public static String ErrorCatalog_403_solution;
	public static String ErrorCatalog_404_meaning;
	public static String ErrorCatalog_404_solution;
	public static String ErrorCatalog_405_meaning;
	public static String ErrorCatalog_405_solution;
	public static String ErrorCatalog_423_meaning;
	public static String ErrorCatalog_423_solution;
	public static String ErrorCatalog_500_meaning;
	public static String ErrorCatalog_500_solution;
	public static String ErrorCatalog_503_meaning;
	public static String ErrorCatalog_503_solution;
	public static String ErrorCatalog_4xx_meaning;
	public static String ErrorCatalog_4xx_solution;
	public static String ErrorCatalog_5xx_meaning;
	public static String ErrorCatalog_5xx_solution;
	public static String ErrorCatalog_3xx_meaning;
	public static String ErrorCatalog_3xx_solution;
	public static String HttpTransport_redirect;
	public static String ErrorCatalog_tlsUntrusted_meaning;
	public static String ErrorCatalog_tlsUntrusted_solution;
	public static String ErrorCatalog_tlsChanged_meaning;
	public static String ErrorCatalog_tlsChanged_solution;
	public static String ErrorCatalog_tlsHostname_meaning;
	public static String ErrorCatalog_tlsHostname_solution;
	public static String ErrorCatalog_tlsHandshake_meaning;
	public static String ErrorCatalog_tlsHandshake_solution;
	public static String ErrorCatalog_refused_meaning;
	public static String ErrorCatalog_refused_solution;
	public static String ErrorCatalog_unknownHost_meaning;
	public static String ErrorCatalog_unknownHost_solution;
	public static String ErrorCatalog_connectionLost_meaning;
	public static String ErrorCatalog_connectionLost_solution;
	public static String ErrorCatalog_connectTimeout_meaning;
	public static String ErrorCatalog_connectTimeout_solution;
	public static String ErrorCatalog_responseTimeout_meaning;
	public static String ErrorCatalog_responseTimeout_solution;
	public static String ErrorCatalog_malformed_meaning;
	public static String ErrorCatalog_malformed_solution;
	public static String ErrorCatalog_tooLarge_meaning;
	public static String ErrorCatalog_tooLarge_solution;
	public static String ErrorCatalog_itemError_meaning;
	public static String ErrorCatalog_itemError_solution;
	public static String ErrorCatalog_writeMismatch_meaning;
	public static String ErrorCatalog_writeMismatch_solution;
	public static String ErrorCatalog_readOnly_meaning;
	public static String ErrorCatalog_readOnly_solution;
	public static String ErrorCatalog_configuration_meaning;
	public static String ErrorCatalog_configuration_solution;
	public static String ErrorCatalog_cancelled_meaning;
	public static String ErrorCatalog_cancelled_solution;
	public static String ErrorCatalog_missingItem_meaning;
	public static String ErrorCatalog_missingItem_solution;
	public static String ProfileValidator_nameMissing;
	public static String ProfileValidator_urlInvalid;
	public static String ProfileValidator_plainHttpNotAllowed;
	public static String ProfileValidator_plainHttpNeedsHttpUrl;
	public static String ProfileValidator_pinInvalid;
	public static String ProfileValidator_caFileMissing;
	public static String ProfileValidator_outOfRange;
	public static String SecureCredentialStore_readFailed;
	public static String SecureCredentialStore_writeFailed;
	public static String TlsContexts_caFileUnusable;
	public static String ProfileFormat_notJson;
	public static String ProfileFormat_corrupt;
	public static String ProfileFormat_notObject;
	public static String ProfileFormat_noProfiles;
	public static String ProfileFormat_profileNotObject;
	public static String ProfileFormat_unknownTlsMode;
	public static String ProfileFormat_unsupportedVersion;
	public static String ProfileFormat_idAssigned;
	public static String ProfileFormat_secretIgnored;
	public static String ProfileStore_conflict;
	public static String ProfileStore_conflictSolution;
	public static String ProfileStore_ioFailed;
	public static String ProfileStore_readFailed;
	public static String ValueInput_binary;
	public static String ValueInput_whole;
	public static String ValueInput_range;
	public static String ValueInput_decimal;
	public static String ValueInput_decimalRange;
	public static String ValueInput_limits;
	public static String ValueInput_textLength;
	public static String ValueInput_text8;
	public static String ValueInput_raw;
	public static String ValueInput_rawLength;
	public static String ValueInput_dateTime;
	public static String ErrorCatalog_alarmFilter_meaning;
	public static String ErrorCatalog_alarmFilter_solution;
	public static String AlarmService_filterEmpty;
	public static String AlarmService_filterCharacter;
	public static String AlarmService_filterSolution;
	public static String WatchListStore_badName;
	public static String WatchListStore_readFailed;
	public static String WatchListStore_writeFailed;
	public static String WatchListStore_corrupt;
	public static String WatchListStore_tooNew;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
