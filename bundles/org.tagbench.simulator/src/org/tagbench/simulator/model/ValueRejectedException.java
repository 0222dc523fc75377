package org.tagbench.simulator.model;

/**
 * A write that the runtime refuses, with the per-item error code sent on the wire.
 */
public final class ValueRejectedException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The tag does not exist. */
    public static final int UNKNOWN_TAG = 1;
    /** The value does not fit the tag's data type. */
    public static final int WRONG_TYPE = 2;
    /** The value is outside the tag's limits or its type's range. */
    public static final int OUT_OF_RANGE = 3;
    /** The item lacks a name or a value. */
    public static final int INCOMPLETE = 4;

    private final int errorcode;

    public ValueRejectedException(int errorcode, String message) {
        super(message);
        this.errorcode = errorcode;
    }

    public int errorcode() {
        return errorcode;
    }
}
