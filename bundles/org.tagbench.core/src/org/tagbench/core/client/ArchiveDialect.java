package org.tagbench.core.client;

/** The two request forms real clients use to query logged values. */
public enum ArchiveDialect {
	/** Try {@link #VALUES_BODY}; on HTTP 400, 404 or 405 fall back to {@link #ARCHIVE_PATH} and remember. */
	AUTO,
	/** {@code POST tagLogging/Values} with archives, variables and the time range in the body. */
	VALUES_BODY,
	/** {@code POST tagLogging/Archive/{a}/values?maxValues=n} with {@code {"variableNames": [...]}}. */
	ARCHIVE_PATH
}
