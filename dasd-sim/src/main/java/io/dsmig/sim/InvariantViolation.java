package io.dsmig.sim;

/**
 * Thrown by an always-on {@link Check} when the simulation (or anything built on it) breaks one of
 * its own invariants. It names the invariant so that a failing seed can be reproduced and diagnosed.
 * It is never a user's mistake.
 */
public final class InvariantViolation extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final String invariant;

    public InvariantViolation(String invariant, String detail) {
        super("invariant '" + invariant + "' broken: " + detail);
        this.invariant = invariant;
    }

    /** The short name of the invariant that broke, for example {@code free-space-disjoint}. */
    public String invariant() {
        return invariant;
    }
}
