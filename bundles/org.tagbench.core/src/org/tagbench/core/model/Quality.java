package org.tagbench.core.model;

/**
 * OPC-style quality of a value. WinCC sends it as a number (192 = good) or as a string; both are kept.
 *
 * @param code the quality byte, or -1 when the server sent something that is not a known quality
 * @param raw  the quality exactly as the server sent it
 */
public record Quality(int code, String raw) {

	/** The quality code for "good". */
	public static final int GOOD = 192;

	/** @return whether the value is good (OPC bits 7 and 6 set) */
	public boolean isGood() {
		return code >= 0 && (code & 0xC0) == 0xC0;
	}

	/** @return whether the value is uncertain (OPC bits 7..6 = 01) */
	public boolean isUncertain() {
		return code >= 0 && (code & 0xC0) == 0x40;
	}

	/** @return whether the value is bad or the quality is unknown */
	public boolean isBad() {
		return !isGood() && !isUncertain();
	}
}
