package io.dsmig.sim.kernel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * An optional in-memory log of what a simulation did, for determinism checks and debugging. It is
 * disabled by default and then costs one branch per call site, provided the caller builds its
 * detail text only when {@link #enabled()}:
 *
 * <pre>{@code
 * Trace trace = kernel.trace();
 * if (trace.enabled()) {
 *     trace.record("write", volser + " track " + track);
 * }
 * ...
 * assertEquals(firstRun.trace().digest(), secondRun.trace().digest());
 * }</pre>
 *
 * <p>The {@link #digest()} covers every entry recorded while enabled, even those not kept in memory
 * (see {@link #enable(int)}), so two long runs can be compared without storing them. It is FNV-1a 64
 * over, per entry: the 8 bytes of its time (most significant first), the UTF-8 of its kind, byte
 * 0xFF, the UTF-8 of its detail, byte 0xFF. (0xFF never occurs in UTF-8, so it separates fields.)
 */
public final class Trace {

    /** How many entries {@link #enable()} keeps in memory; more are digested but not kept. */
    public static final int DEFAULT_ENTRIES_MAX = 1_000_000;

    private static final byte SEPARATOR = (byte) 0xFF;

    private final SimClock clock;
    private final List<TraceEntry> entries = new ArrayList<>();
    private final List<Consumer<TraceEntry>> listeners = new ArrayList<>();
    private boolean enabled;
    private int entriesMax;
    private long recordedCount;
    private long digest = StableHash.FNV_OFFSET_BASIS;

    /** A disabled trace stamping entries with {@code clock}; a kernel makes its own. */
    public Trace(SimClock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** True while recording; guard the building of detail text with it. */
    public boolean enabled() {
        return enabled;
    }

    /** Starts recording, keeping up to {@link #DEFAULT_ENTRIES_MAX} entries in memory. */
    public Trace enable() {
        return enable(DEFAULT_ENTRIES_MAX);
    }

    /**
     * Starts recording, keeping at most {@code entriesMax} entries in memory (the first ones). With
     * 0, only the digest, the count and the listeners see entries: the form for very long runs.
     */
    public Trace enable(int entriesMax) {
        if (entriesMax < 0) {
            throw new IllegalArgumentException("entriesMax must not be negative: " + entriesMax);
        }
        this.entriesMax = entriesMax;
        this.enabled = true;
        return this;
    }

    /** Stops recording; what was recorded stays. */
    public Trace disable() {
        enabled = false;
        return this;
    }

    /** Records an entry at the current virtual time if enabled; otherwise does nothing. */
    public void record(String kind, String detail) {
        if (!enabled) {
            return;
        }
        TraceEntry entry = new TraceEntry(clock.nowNanos(), Objects.requireNonNull(kind, "kind"),
                Objects.requireNonNull(detail, "detail"));
        recordedCount++;
        digest = digestEntry(digest, entry);
        if (entries.size() < entriesMax) {
            entries.add(entry);
        }
        for (int i = 0; i < listeners.size(); i++) {
            listeners.get(i).accept(entry);
        }
    }

    /** The entries kept in memory, oldest first (a read-only view that grows as entries arrive). */
    public List<TraceEntry> entries() {
        return Collections.unmodifiableList(entries);
    }

    /** How many entries were recorded, including those not kept in memory. */
    public long recordedCount() {
        return recordedCount;
    }

    /** How many recorded entries were digested but not kept, because of the limit. */
    public long droppedCount() {
        return recordedCount - entries.size();
    }

    /** A stable 64-bit hash of every entry recorded so far, in order; see the class comment. */
    public long digest() {
        return digest;
    }

    /** Calls {@code listener} with every entry recorded from now on (while enabled). */
    public void addListener(Consumer<TraceEntry> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** Stops calling {@code listener}; returns false if it was not registered. */
    public boolean removeListener(Consumer<TraceEntry> listener) {
        return listeners.remove(listener);
    }

    @Override
    public String toString() {
        return "Trace[" + (enabled ? "enabled" : "disabled") + ", " + recordedCount + " entries, digest "
                + Long.toHexString(digest) + "]";
    }

    private static long digestEntry(long hash, TraceEntry entry) {
        hash = StableHash.fnv1a64Long(hash, entry.timeNanos());
        hash = StableHash.fnv1a64(hash, entry.kind());
        hash = StableHash.fnv1a64Byte(hash, SEPARATOR);
        hash = StableHash.fnv1a64(hash, entry.detail());
        return StableHash.fnv1a64Byte(hash, SEPARATOR);
    }
}
