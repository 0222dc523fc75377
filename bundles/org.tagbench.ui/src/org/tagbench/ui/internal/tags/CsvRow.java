package org.tagbench.ui.internal.tags;

import org.tagbench.core.names.NameChange;

/**
 * One line of a CSV file of values to write, as read: the tag name (normalised, with what changed),
 * the value as typed, and why the line cannot be used (null when it can).
 *
 * @param line    the line number in the file, from 1
 * @param name    the tag name as given and as it will be sent
 * @param value   the value as typed
 * @param problem what is wrong with the line, or null
 */
public record CsvRow(int line, NameChange name, String value, String problem) {
}
