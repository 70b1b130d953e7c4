package io.dsmig.sim.kernel;

/**
 * The simulation's only notion of "now": virtual time in nanoseconds since the start of the run.
 *
 * <p>Give components a {@code SimClock} rather than the whole {@link Kernel} when they only need to
 * read the time (to stamp a record, to measure a simulated duration); it keeps them unable to
 * schedule and easy to test with a fixed clock:
 *
 * <pre>{@code
 * SimClock fixed = () -> SimTime.seconds(12.4);
 * assertEquals("12.4s", SimTime.format(fixed.nowNanos()));
 * }</pre>
 *
 * <p>Simulation code never asks the host for the time; see {@code ARCHITECTURE-kernel.md}.
 */
@FunctionalInterface
public interface SimClock {

    /** The current virtual time in nanoseconds; never decreases while a simulation runs. */
    long nowNanos();
}
