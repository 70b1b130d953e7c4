package io.dsmig.sim.kernel;

/** Why a {@link Kernel} run returned. */
public enum StopReason {

    /** The run's condition held (checked before the first event and after each one). */
    CONDITION_MET,

    /** The time limit was reached; the clock now stands at the limit. */
    TIME_REACHED,

    /** No event was left to fire before the limit; the clock stands at the last event fired. */
    QUEUE_EMPTY,

    /** {@link Kernel#requestStop()} was called; the clock stands at the last event fired. */
    STOP_REQUESTED
}
