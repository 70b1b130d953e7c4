package io.dsmig.engine.internal;

import io.dsmig.engine.TableEntry;
import io.dsmig.sim.name.Volser;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * The translate table's view of one source volume: its entries in track order, and three bits per
 * track — tracked (in the table), reached (the copy has started on it) and changed (written since it
 * was last copied, so it needs copying again).
 */
final class SourceTracks {

    final Volser volser;
    private final List<TableEntry> entries = new ArrayList<>();
    private TableEntry[] sorted = new TableEntry[0];
    private int[] starts = new int[0];
    final BitSet tracked = new BitSet();
    final BitSet reached = new BitSet();
    final BitSet changed = new BitSet();
    long pending;

    SourceTracks(Volser volser) {
        this.volser = volser;
    }

    void add(TableEntry entry) {
        entries.add(entry);
        tracked.set(entry.sourceFirstTrack(), entry.sourceEnd());
        reindex();
    }

    /** Drops an entry: its tracks are no longer tracked, reached or changed. */
    void remove(TableEntry entry) {
        if (entries.remove(entry)) {
            forget(entry.sourceFirstTrack(), entry.sourceEnd());
            reindex();
        }
    }

    /**
     * Replaces an entry by one covering the same tracks or fewer of them (a rename, a release): the
     * tracks both cover keep their reached and changed bits, the others are forgotten.
     */
    void replace(TableEntry old, TableEntry replacement) {
        if (!entries.remove(old)) {
            throw new IllegalStateException("no table entry " + old);
        }
        entries.add(replacement);
        forget(old.sourceFirstTrack(), Math.max(old.sourceFirstTrack(), replacement.sourceFirstTrack()));
        forget(Math.min(old.sourceEnd(), replacement.sourceEnd()), old.sourceEnd());
        reindex();
    }

    private void forget(int from, int to) {
        if (from >= to) {
            return;
        }
        pending -= changed.get(from, to).cardinality();
        tracked.clear(from, to);
        reached.clear(from, to);
        changed.clear(from, to);
    }

    /** Entries in source track order. */
    TableEntry[] entries() {
        return sorted;
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    /** The entry holding {@code track}, or null. */
    TableEntry entryAt(int track) {
        int i = Arrays.binarySearch(starts, track);
        int at = i >= 0 ? i : -i - 2;
        if (at < 0) {
            return null;
        }
        TableEntry e = sorted[at];
        return track < e.sourceEnd() ? e : null;
    }

    /** How many of these tracks are in the table. */
    int trackedCount(int firstTrack, int count) {
        return count == 1 ? (tracked.get(firstTrack) ? 1 : 0) : tracked.get(firstTrack, firstTrack + count).cardinality();
    }

    /** Marks tracks changed by a write if they are tracked and reached; returns how many became changed. */
    int flag(int firstTrack, int count) {
        int flagged = 0;
        for (int t = firstTrack; t < firstTrack + count; t++) {
            if (tracked.get(t) && reached.get(t) && !changed.get(t)) {
                changed.set(t);
                flagged++;
            }
        }
        pending += flagged;
        return flagged;
    }

    /** Clears the changed bits of a run about to be copied; returns how many were set. */
    int clearChanged(int firstTrack, int count) {
        int cleared = changed.get(firstTrack, firstTrack + count).cardinality();
        changed.clear(firstTrack, firstTrack + count);
        pending -= cleared;
        return cleared;
    }

    private void reindex() {
        sorted = entries.toArray(new TableEntry[0]);
        Arrays.sort(sorted, Comparator.comparingInt(TableEntry::sourceFirstTrack));
        starts = new int[sorted.length];
        for (int i = 0; i < sorted.length; i++) {
            starts[i] = sorted[i].sourceFirstTrack();
        }
    }
}
