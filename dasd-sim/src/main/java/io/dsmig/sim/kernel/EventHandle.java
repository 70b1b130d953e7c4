package io.dsmig.sim.kernel;

/**
 * A scheduled event that can still be cancelled: a timeout, a delayed retry, a close deadline.
 * Returned by {@link Kernel#schedule(long, Event)}; code that never cancels uses
 * {@link Kernel#post(long, Event)}, which allocates no handle.
 *
 * <pre>{@code
 * EventHandle timeout = kernel.schedule(SimTime.parse("30s"), session::abortNoReply);
 * ...
 * timeout.cancel();   // the slave answered in time
 * }</pre>
 *
 * <p>Cancelling is lazy: the entry stays in the queue and is dropped when it reaches the front (or
 * when cancelled entries become a large share of the queue), so cancel is O(1).
 */
public final class EventHandle {

    private static final byte PENDING = 0;
    private static final byte FIRED = 1;
    private static final byte CANCELLED = 2;

    private final Kernel kernel;
    private final long timeNanos;
    private Event event;
    private byte state = PENDING;

    EventHandle(Kernel kernel, long timeNanos, Event event) {
        this.kernel = kernel;
        this.timeNanos = timeNanos;
        this.event = event;
    }

    /**
     * Stops the event from firing. Returns true if it was pending, false if it had already fired or
     * been cancelled (so calling it twice, or from inside the event itself, is harmless).
     */
    public boolean cancel() {
        if (state != PENDING) {
            return false;
        }
        state = CANCELLED;
        event = null;
        kernel.onCancelled();
        return true;
    }

    /** True until the event fires or is cancelled; false already while the event itself runs. */
    public boolean isPending() {
        return state == PENDING;
    }

    /** True if {@link #cancel()} stopped the event before it fired. */
    public boolean isCancelled() {
        return state == CANCELLED;
    }

    /** The virtual time the event is (or was) due at. */
    public long timeNanos() {
        return timeNanos;
    }

    void fire() {
        Event toFire = event;
        state = FIRED;
        event = null;
        toFire.fire();
    }

    @Override
    public String toString() {
        String what = state == PENDING ? "pending" : state == FIRED ? "fired" : "cancelled";
        return "EventHandle[" + what + " at " + SimTime.format(timeNanos) + "]";
    }
}
