package io.dsmig.sim.kernel;

/**
 * Something that happens at one instant of virtual time: a track write, the end of a copy, a resync
 * pass, an operator reply. The kernel calls {@link #fire()} when the clock reaches the event's time;
 * {@link Kernel#nowNanos()} then returns that time.
 *
 * <p>An event does its work and returns. To continue later it schedules another event; it must never
 * wait, sleep or run the kernel itself (that throws {@link IllegalStateException}).
 *
 * <pre>{@code
 * kernel.post(SimTime.millis(2), () -> volume.completeWrite(track));
 * }</pre>
 */
@FunctionalInterface
public interface Event {

    /** Performs the event at the current virtual time. */
    void fire();
}
