package io.dsmig.dsl.hooks;

/**
 * The step budget of the hook running on this thread. Compiled hooks call {@link #exceeded()} at every
 * loop iteration, method and closure entry (Groovy's ConditionalInterrupt), so a hook that runs away
 * stops after the same number of steps every time — deterministic, unlike a wall-clock limit.
 */
public final class HookBudget {

    /** Steps a hook may take in one call. */
    public static final long STEPS_MAX = 1_000_000;

    private static final ThreadLocal<long[]> STEPS = ThreadLocal.withInitial(() -> new long[1]);

    private HookBudget() {
    }

    static void reset() {
        STEPS.get()[0] = 0;
    }

    /** Called by compiled hook code; true once the budget is spent. */
    public static boolean exceeded() {
        return ++STEPS.get()[0] > STEPS_MAX;
    }
}
