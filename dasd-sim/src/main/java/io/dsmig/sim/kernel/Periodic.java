package io.dsmig.sim.kernel;

/**
 * An event that fires every period until cancelled: a resync timer, a flush interval, a sampler.
 * Created by {@link Kernel#every(long, Event)}; the first firing is one period after creation and
 * the next ones follow at exact multiples of the period, without drift.
 *
 * <pre>{@code
 * Periodic resync = kernel.every(SimTime.parse("10s"), session::resyncFlaggedTracks);
 * ...
 * resync.cancel();   // the downtime window began
 * }</pre>
 *
 * <p>The next firing is scheduled just <em>before</em> the event runs, so an event may cancel its
 * own timer, and a timer keeps its rhythm even when an event throws. A timer whose next firing would
 * pass the end of representable time simply stops.
 */
public final class Periodic {

    private final Kernel kernel;
    private final long periodNanos;
    private final Event event;
    private final Event tick = this::tick;
    private EventHandle next;
    private long firings;
    private boolean cancelled;

    Periodic(Kernel kernel, long periodNanos, Event event) {
        this.kernel = kernel;
        this.periodNanos = periodNanos;
        this.event = event;
        this.next = kernel.schedule(periodNanos, tick);
    }

    private void tick() {
        long nowNanos = kernel.nowNanos();
        next = nowNanos <= Long.MAX_VALUE - periodNanos ? kernel.schedule(periodNanos, tick) : null;
        firings++;
        event.fire();
    }

    /** Stops further firings; returns false if it was already stopped. */
    public boolean cancel() {
        if (cancelled) {
            return false;
        }
        cancelled = true;
        if (next != null) {
            next.cancel();
        }
        return true;
    }

    /** True while another firing is scheduled. */
    public boolean isPending() {
        return !cancelled && next != null && next.isPending();
    }

    /** The virtual time of the next firing; only meaningful while {@link #isPending()}. */
    public long nextTimeNanos() {
        return next == null ? Long.MAX_VALUE : next.timeNanos();
    }

    /** The interval between firings, as given to {@link Kernel#every(long, Event)}. */
    public long periodNanos() {
        return periodNanos;
    }

    /** How many times the event has fired so far. */
    public long firings() {
        return firings;
    }

    @Override
    public String toString() {
        return "Periodic[every " + SimTime.format(periodNanos) + ", fired " + firings
                + (isPending() ? ", next at " + SimTime.format(nextTimeNanos()) : ", stopped") + "]";
    }
}
