package io.dsmig.sim.app;

import io.dsmig.sim.name.DataSetName;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A request for the ENQs on one or more data sets, in one mode, obtained all together as allocation
 * obtains a step's data sets: granted at once when every one is available, or later, the moment the
 * last holder in the way releases — requests for the same data set are served in the order they were
 * made. Nobody holds some of a request's data sets while waiting for the others, so waiting requests
 * cannot deadlock.
 *
 * <pre>{@code
 * EnqRequest r = registry.enqueue(List.of(name), Holder.job("SYSA", "PAYJOB"), EnqMode.EXCLUSIVE,
 *         () -> extendAndRelease(name));
 * if (r.waiting()) { ... r.cancel() if it waits too long ... }
 * }</pre>
 */
public final class EnqRequest {

    /** Where a request is: waiting in the queue, granted (its holder has every data set), or cancelled. */
    public enum State { WAITING, GRANTED, CANCELLED }

    private final OpenRegistry registry;
    private final List<DataSetName> names;
    private final Set<DataSetName> nameSet;
    private final Holder holder;
    private final EnqMode mode;
    private final Runnable whenGranted;
    private final long requestedNanos;
    private long grantedNanos = -1;
    private State state = State.WAITING;
    private boolean told;

    EnqRequest(OpenRegistry registry, List<DataSetName> names, Holder holder, EnqMode mode, Runnable whenGranted,
            long requestedNanos) {
        this.registry = registry;
        this.names = List.copyOf(names);
        this.nameSet = new HashSet<>(this.names);
        this.holder = holder;
        this.mode = mode;
        this.whenGranted = whenGranted;
        this.requestedNanos = requestedNanos;
    }

    public List<DataSetName> names() {
        return names;
    }

    public Holder holder() {
        return holder;
    }

    public EnqMode mode() {
        return mode;
    }

    public State state() {
        return state;
    }

    public boolean waiting() {
        return state == State.WAITING;
    }

    public boolean granted() {
        return state == State.GRANTED;
    }

    public long requestedNanos() {
        return requestedNanos;
    }

    /** When it was granted, or -1. */
    public long grantedNanos() {
        return grantedNanos;
    }

    /** What stands in its way now, in words: each data set it waits for and who holds it (at most a few). */
    public String blockers() {
        return registry.describeBlockers(this);
    }

    /**
     * Withdraws the request: one still waiting leaves the queue; one granted whose holder has not yet
     * been told releases what it got. Returns whether it was withdrawn; a granted request whose holder
     * was told is released with {@link OpenRegistry#dequeue} instead.
     */
    public boolean cancel() {
        return registry.cancel(this);
    }

    boolean covers(DataSetName name) {
        return nameSet.contains(name);
    }

    void markGranted(long nowNanos) {
        state = State.GRANTED;
        grantedNanos = nowNanos;
    }

    void markCancelled() {
        state = State.CANCELLED;
    }

    /** Whether the holder was told it has its data sets. */
    boolean told() {
        return told;
    }

    /** Tells the holder it has its data sets (once, and only while the request stands). */
    void tell() {
        if (state == State.GRANTED && !told) {
            told = true;
            whenGranted.run();
        }
    }

    @Override
    public String toString() {
        return mode.name().toLowerCase() + " ENQ of " + holder + " on " + (names.size() == 1 ? names.get(0)
                : names.size() + " data sets") + " (" + state.name().toLowerCase() + ")";
    }
}
