package org.tagbench.simulator;

/**
 * What a simulator user may do: READ covers every GET and the bulk read POSTs, WRITE covers the
 * PUTs. A user without roles authenticates but gets 403 everywhere, as a Windows account without
 * the WinCC remote permissions does.
 */
public enum Role {
    READ, WRITE
}
