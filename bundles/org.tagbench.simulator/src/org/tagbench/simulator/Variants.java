package org.tagbench.simulator;

import java.util.Objects;

/**
 * The forms of the answer where the public material on the WinCC REST API is uncertain (spec
 * sections 3 and 4). The defaults are the most likely forms.
 *
 * @param qualityFieldCasing name of the quality field: {@code qualitycode} (default) or {@code qualityCode}
 * @param wrapValues         bulk read answers as {@code {"values": [...]}} instead of a bare array (default false)
 * @param unknownNames       how a bulk read answers names that do not exist
 * @param binaryAsBoolean    binary values as JSON booleans (default) or as 0/1
 * @param listFilters        configuration lists honour {@code group}, {@code connection} and {@code filter}
 *                           (default); false ignores them, as a server that does not know them would
 */
public record Variants(QualityCasing qualityFieldCasing, boolean wrapValues, UnknownNames unknownNames,
        boolean binaryAsBoolean, boolean listFilters) {

    /** The name of the quality field. */
    public enum QualityCasing {
        /** {@code qualitycode} */
        LOWER("qualitycode"),
        /** {@code qualityCode} */
        CAMEL("qualityCode");

        private final String field;

        QualityCasing(String field) {
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    /** How a bulk read answers names that do not exist. */
    public enum UnknownNames {
        /** One item with {@code errorcode} 1 and an {@code error} text (default). */
        PER_ITEM_ERROR,
        /** The name is left out of the answer. */
        OMIT,
        /** The whole answer is HTTP 200 with an empty body. */
        EMPTY_BODY
    }

    public static final Variants DEFAULTS = new Variants(QualityCasing.LOWER, false, UnknownNames.PER_ITEM_ERROR, true,
            true);

    public Variants {
        Objects.requireNonNull(qualityFieldCasing, "qualityFieldCasing");
        Objects.requireNonNull(unknownNames, "unknownNames");
    }

    public Variants withQualityFieldCasing(QualityCasing value) {
        return new Variants(value, wrapValues, unknownNames, binaryAsBoolean, listFilters);
    }

    public Variants withWrapValues(boolean value) {
        return new Variants(qualityFieldCasing, value, unknownNames, binaryAsBoolean, listFilters);
    }

    public Variants withUnknownNames(UnknownNames value) {
        return new Variants(qualityFieldCasing, wrapValues, value, binaryAsBoolean, listFilters);
    }

    public Variants withBinaryAsBoolean(boolean value) {
        return new Variants(qualityFieldCasing, wrapValues, unknownNames, value, listFilters);
    }

    public Variants withListFilters(boolean value) {
        return new Variants(qualityFieldCasing, wrapValues, unknownNames, binaryAsBoolean, value);
    }
}
