package io.dsmig.sim.app;

/**
 * How a data set's ENQ (major name SYSDSN, minor name the data set name) is held: shared, as
 * DISP=SHR takes it, or exclusive, as DISP=OLD, NEW and MOD — and a migration serializing its data
 * sets inside the downtime window — take it.
 */
public enum EnqMode {
    SHARED,
    EXCLUSIVE;

    /** Whether a holder in this mode and one in {@code other} may hold the same data set together. */
    public boolean compatibleWith(EnqMode other) {
        return this == SHARED && other == SHARED;
    }
}
