package io.dsmig.sim.kernel;

/**
 * What one call of {@link Kernel#runUntil(long)}, {@link Kernel#runFor(long)} or
 * {@link Kernel#runUntil(java.util.function.BooleanSupplier, long)} did: why it stopped, the virtual
 * time it stopped at, and how many events it fired.
 *
 * <pre>{@code
 * RunResult r = kernel.runUntil(session::isDone, SimTime.parse("2h"));
 * if (r.reason() != StopReason.CONDITION_MET) {
 *     report("session not done after " + SimTime.format(r.timeNanos()));
 * }
 * }</pre>
 *
 * @param reason      why the run returned
 * @param timeNanos   the kernel's virtual time when it returned
 * @param eventsFired the number of events fired by this run (not since the kernel was created)
 */
public record RunResult(StopReason reason, long timeNanos, long eventsFired) {

    @Override
    public String toString() {
        return reason + " at " + SimTime.format(timeNanos) + " after " + eventsFired + " events";
    }
}
