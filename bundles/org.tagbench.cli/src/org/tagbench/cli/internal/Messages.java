package org.tagbench.cli.internal;

import org.eclipse.osgi.util.NLS;

/** Externalized strings of the command line. */
final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.tagbench.cli.internal.messages"; //$NON-NLS-1$

	public static String Cli_usage;
	public static String Cli_unknownCommand;
	public static String Cli_seeHelp;
	public static String Cli_ioFailed;
	public static String Version_usage;
	public static String Version_line;
	public static String Version_noBundles;
	public static String Version_startFailed;
	public static String Profiles_usage;
	public static String Read_usage;
	public static String Write_usage;
	public static String Browse_usage;
	public static String Archive_usage;
	public static String Alarms_usage;
	public static String Export_usage;
	public static String Diagnose_usage;
	public static String Simulator_usage;
	public static String Arguments_noPassword;
	public static String Arguments_flagWithValue;
	public static String Arguments_missingValue;
	public static String Arguments_unknownOption;
	public static String Arguments_required;
	public static String Arguments_unexpected;
	public static String Arguments_notANumber;
	public static String Output_unknownFormat;
	public static String Output_conflictingFormats;
	public static String Target_commandLineProfile;
	public static String Target_urlOrProfile;
	public static String Target_profileUnusable;
	public static String Target_plainHttpWarning;
	public static String Target_noProfileFile;
	public static String Target_profileWarning;
	public static String Target_chooseProfile;
	public static String Target_noSuchProfile;
	public static String Target_oneTlsChoice;
	public static String Target_insecureNeedsHttp;
	public static String Target_httpNeedsInsecure;
	public static String Target_badFingerprint;
	public static String Target_passwordFromEnvironment;
	public static String Target_passwordNone;
	public static String Target_passwordFromStorage;
	public static String Target_passwordFromPrompt;
	public static String Target_passwordPrompt;
	public static String Target_noPassword;
	public static String Target_storageUnusable;
	public static String Certificate_presented;
	public static String Certificate_changed;
	public static String Certificate_howToTrust;
	public static String Failure_error;
	public static String Failure_solution;
	public static String Failure_detail;
	public static String Journal_entry;
	public static String Read_noNames;
	public static String Read_nameChanged;
	public static String Read_someFailed;
	public static String Write_noValues;
	public static String Write_notAnAssignment;
	public static String Write_needsYes;
	public static String Write_planned;
	public static String Write_confirm;
	public static String Write_declined;
	public static String Archive_emptyRange;
	public static String Archive_variableFailed;
	public static String Archive_noAnswer;
	public static String Alarms_unknownList;
	public static String Alarms_badLanguage;
	public static String Export_what;
	public static String Times_invalid;
	public static String Diagnose_heading;
	public static String Diagnose_profile;
	public static String Diagnose_profileDetail;
	public static String Diagnose_password;
	public static String Diagnose_host;
	public static String Diagnose_tcp;
	public static String Diagnose_tcpDetail;
	public static String Diagnose_tls;
	public static String Diagnose_tlsVerify;
	public static String Diagnose_tlsPin;
	public static String Diagnose_tlsCa;
	public static String Diagnose_plainHttp;
	public static String Diagnose_plainHttpMeaning;
	public static String Diagnose_plainHttpSolution;
	public static String Diagnose_login;
	public static String Diagnose_loginDetail;
	public static String Diagnose_read;
	public static String Diagnose_readDetail;
	public static String Diagnose_noTag;
	public static String Diagnose_itemError;
	public static String Diagnose_configuration;
	public static String Diagnose_archives;
	public static String Diagnose_alarms;
	public static String Diagnose_available;
	public static String Diagnose_meaning;
	public static String Diagnose_solution;
	public static String Diagnose_passed;
	public static String Diagnose_failed;
	public static String Simulator_badPort;
	public static String Simulator_cannotStart;
	public static String Simulator_started;
	public static String Simulator_try;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
