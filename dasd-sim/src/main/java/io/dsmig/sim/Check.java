package io.dsmig.sim;

import java.util.function.Supplier;

/**
 * Always-on invariant checks. Java's {@code assert} is off by default, so the simulation uses these
 * instead; they cost a branch when the invariant holds and build their message only when it does not.
 */
public final class Check {

    private Check() {
    }

    /** Throws {@link InvariantViolation} naming {@code invariant} when {@code condition} is false. */
    public static void that(boolean condition, String invariant, Supplier<String> detail) {
        if (!condition) {
            throw new InvariantViolation(invariant, detail.get());
        }
    }

    /** As {@link #that(boolean, String, Supplier)} with a fixed detail text. */
    public static void that(boolean condition, String invariant, String detail) {
        if (!condition) {
            throw new InvariantViolation(invariant, detail);
        }
    }
}
