package io.dsmig.sim.kernel;

import io.dsmig.sim.Check;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * The discrete-event kernel the whole simulation runs on: a virtual clock in nanoseconds (starting
 * at 0), a queue of pending {@link Event}s, and the seed every random stream derives from. One
 * kernel, one thread, one seed: the same events scheduled in the same order fire in the same order,
 * so a run is reproduced exactly by its seed.
 *
 * <pre>{@code
 * Kernel kernel = new Kernel(42);
 * kernel.post(SimTime.millis(3), () -> copier.trackCopied(track));
 * Periodic resync = kernel.every(SimTime.parse("10s"), session::resync);
 * RunResult result = kernel.runUntil(session::isDone, SimTime.parse("4h"));
 * }</pre>
 *
 * <p><b>Ordering.</b> Events fire by time; events due at the same time fire in the order they were
 * scheduled. An event scheduled for "now" from inside an event fires in the same run, after every
 * event already due now.
 *
 * <p><b>Errors.</b> Scheduling in the past, a negative delay or a time beyond {@code Long.MAX_VALUE}
 * throws {@link IllegalArgumentException}. Running the kernel from inside an event throws
 * {@link IllegalStateException}. An exception thrown by an event leaves the run at once; the kernel
 * stays consistent (the event counts as fired, the clock stands at its time) and can be run again.
 *
 * <p><b>Threads.</b> Everything here runs on the simulation's one thread, except
 * {@link #requestStop()}, which any thread may call.
 */
public final class Kernel implements SimClock {

    /** Below this many queue entries, cancelled ones are left to drop off the front. */
    private static final int PURGE_QUEUE_SIZE_MIN = 4096;

    private final long seed;
    private final EventQueue queue = new EventQueue();
    private final Trace trace = new Trace(this);
    private long nowNanos;
    private long nextSequence;
    private long eventsFired;
    private int cancelledInQueue;
    private boolean running;
    private volatile boolean stopRequested;

    /** A kernel at time 0 with no events; {@code seed} is the root of every {@link #random} stream. */
    public Kernel(long seed) {
        this.seed = seed;
    }

    /** The seed this kernel was made with; print it so that a run can be reproduced. */
    public long seed() {
        return seed;
    }

    @Override
    public long nowNanos() {
        return nowNanos;
    }

    /** Schedules {@code event} {@code delayNanos} from now and returns a handle to cancel it. */
    public EventHandle schedule(long delayNanos, Event event) {
        return scheduleAt(timeAfter(delayNanos), event);
    }

    /** Schedules {@code event} at absolute virtual time {@code timeNanos} (not before now). */
    public EventHandle scheduleAt(long timeNanos, Event event) {
        checkNotPast(timeNanos);
        EventHandle handle = new EventHandle(this, timeNanos, Objects.requireNonNull(event, "event"));
        queue.add(timeNanos, nextSequence++, handle);
        return handle;
    }

    /**
     * As {@link #schedule(long, Event)} but without a handle, so nothing is allocated: the form for
     * hot paths (track writes, I/O completions) that never cancel.
     */
    public void post(long delayNanos, Event event) {
        postAt(timeAfter(delayNanos), event);
    }

    /** As {@link #scheduleAt(long, Event)} without a handle. */
    public void postAt(long timeNanos, Event event) {
        checkNotPast(timeNanos);
        queue.add(timeNanos, nextSequence++, Objects.requireNonNull(event, "event"));
    }

    /** Fires {@code event} every {@code periodNanos}, first one period from now, until cancelled. */
    public Periodic every(long periodNanos, Event event) {
        if (periodNanos <= 0) {
            throw new IllegalArgumentException("period must be positive, not " + periodNanos + "ns");
        }
        return new Periodic(this, periodNanos, Objects.requireNonNull(event, "event"));
    }

    /**
     * Fires every event due at or before {@code timeNanos}, in order, then sets the clock to
     * {@code timeNanos}. Returns {@link StopReason#TIME_REACHED}, or {@link StopReason#STOP_REQUESTED}
     * with the clock at the last event fired.
     */
    public RunResult runUntil(long timeNanos) {
        checkNotPast(timeNanos);
        return run(null, timeNanos, true);
    }

    /**
     * Fires events until {@code condition} holds (checked before the first event and after each),
     * the next event is due after {@code timeLimitNanos} (the clock then moves to the limit), no event
     * is left, or a stop is requested. "Run until PAYMIG done, but give up after 4 hours":
     * {@code runUntil(paymig::isDone, SimTime.parse("4h"))}.
     */
    public RunResult runUntil(BooleanSupplier condition, long timeLimitNanos) {
        Objects.requireNonNull(condition, "condition");
        checkNotPast(timeLimitNanos);
        return run(condition, timeLimitNanos, false);
    }

    /** {@code runUntil(nowNanos() + durationNanos)}. */
    public RunResult runFor(long durationNanos) {
        return runUntil(timeAfter(durationNanos));
    }

    /**
     * Fires the next event, however far ahead, and returns true; returns false if none is pending.
     * For debuggers and tests that walk a run one event at a time; ignores {@link #requestStop()}.
     */
    public boolean step() {
        enterRun();
        try {
            if (!dropCancelledHead()) {
                return false;
            }
            fireHead();
            return true;
        } finally {
            running = false;
        }
    }

    /**
     * Asks the current run to stop at the next event boundary, where the simulated system is
     * consistent; the run returns {@link StopReason#STOP_REQUESTED} and clears the request. Safe
     * from an event or from any other thread (a Ctrl-C handler). A request made while no run is in
     * progress stops the next run before its first event unless {@link #clearStopRequest()} drops it.
     */
    public void requestStop() {
        stopRequested = true;
    }

    /** Drops a pending {@link #requestStop()}, for example one left over from before a new command. */
    public void clearStopRequest() {
        stopRequested = false;
    }

    /** How many events have fired since the kernel was created (cancelled ones never count). */
    public long eventsFired() {
        return eventsFired;
    }

    /** How many events are scheduled and not cancelled. */
    public int pendingEvents() {
        return queue.size() - cancelledInQueue;
    }

    /**
     * A new random stream derived from this kernel's seed and {@code streamName}; see
     * {@link SimRandom}. The same name always gives the same sequence, so give each independent
     * consumer its own name, for example {@code "app/CICSPAY/tracks"}.
     */
    public SimRandom random(String streamName) {
        return new SimRandom(derivedSeed(streamName));
    }

    /** A seed derived from this kernel's seed and {@code name}, for a sub-component's own kernel. */
    public long derivedSeed(String name) {
        return SimRandom.derivedSeed(seed, name);
    }

    /** This kernel's trace, disabled until {@link Trace#enable()}. */
    public Trace trace() {
        return trace;
    }

    @Override
    public String toString() {
        return "Kernel[seed=" + seed + ", now=" + SimTime.format(nowNanos) + ", pending=" + pendingEvents()
                + ", fired=" + eventsFired + "]";
    }

    /** Called by a handle that was pending when cancelled. */
    void onCancelled() {
        cancelledInQueue++;
        // Lazy cancellation leaves entries behind; when they become most of a large queue (a timeout
        // re-armed on every write, say), sweep them out so memory and heap depth stay bounded.
        if (queue.size() >= PURGE_QUEUE_SIZE_MIN && cancelledInQueue > queue.size() / 2) {
            int removed = queue.removeIf(Kernel::isCancelledHandle);
            Check.that(removed == cancelledInQueue, "kernel-cancelled-count",
                    () -> "swept " + removed + " cancelled events but counted " + cancelledInQueue);
            cancelledInQueue = 0;
        }
    }

    private RunResult run(BooleanSupplier condition, long limitNanos, boolean idleToLimit) {
        enterRun();
        long firedBefore = eventsFired;
        try {
            if (condition != null && condition.getAsBoolean()) {
                return result(StopReason.CONDITION_MET, firedBefore);
            }
            while (true) {
                if (stopRequested) {
                    stopRequested = false;
                    return result(StopReason.STOP_REQUESTED, firedBefore);
                }
                if (!dropCancelledHead()) {
                    if (!idleToLimit) {
                        return result(StopReason.QUEUE_EMPTY, firedBefore);
                    }
                    nowNanos = limitNanos;
                    return result(StopReason.TIME_REACHED, firedBefore);
                }
                if (queue.peekTime() > limitNanos) {
                    nowNanos = limitNanos;
                    return result(StopReason.TIME_REACHED, firedBefore);
                }
                fireHead();
                if (condition != null && condition.getAsBoolean()) {
                    return result(StopReason.CONDITION_MET, firedBefore);
                }
            }
        } finally {
            running = false;
        }
    }

    private void fireHead() {
        long timeNanos = queue.peekTime();
        Object item = queue.poll();
        Check.that(timeNanos >= nowNanos, "kernel-time-monotonic", "an event was due before the current time");
        nowNanos = timeNanos;
        eventsFired++;
        if (item instanceof EventHandle handle) {
            handle.fire();
        } else {
            ((Event) item).fire();
        }
    }

    /** Drops cancelled entries from the front; returns true if a live event remains. */
    private boolean dropCancelledHead() {
        while (!queue.isEmpty()) {
            if (!isCancelledHandle(queue.peekItem())) {
                return true;
            }
            queue.poll();
            cancelledInQueue--;
        }
        return false;
    }

    private static boolean isCancelledHandle(Object item) {
        return item instanceof EventHandle handle && handle.isCancelled();
    }

    private void enterRun() {
        if (running) {
            throw new IllegalStateException(
                    "the kernel is already running: an event must schedule more events, not run the kernel");
        }
        running = true;
    }

    private RunResult result(StopReason reason, long firedBefore) {
        return new RunResult(reason, nowNanos, eventsFired - firedBefore);
    }

    private long timeAfter(long delayNanos) {
        if (delayNanos < 0) {
            throw new IllegalArgumentException("delay must not be negative, not " + delayNanos + "ns");
        }
        if (delayNanos > Long.MAX_VALUE - nowNanos) {
            throw new IllegalArgumentException("delay " + delayNanos + "ns from " + nowNanos
                    + "ns passes the end of representable time");
        }
        return nowNanos + delayNanos;
    }

    private void checkNotPast(long timeNanos) {
        if (timeNanos < nowNanos) {
            throw new IllegalArgumentException("time " + SimTime.format(timeNanos) + " is in the past (now is "
                    + SimTime.format(nowNanos) + ")");
        }
    }
}
