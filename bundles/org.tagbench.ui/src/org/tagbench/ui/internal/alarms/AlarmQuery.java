package org.tagbench.ui.internal.alarms;

import java.util.Locale;

/**
 * What the Alarms view asks for.
 *
 * @param mode      the runtime list
 * @param filter    the REST filter's name
 * @param language  the language of the texts
 * @param maxValues the most messages fetched
 */
public record AlarmQuery(AlarmMode mode, String filter, Locale language, int maxValues) {
}
