package io.dsmig.engine.internal;

import io.dsmig.sim.io.IoKind;
import io.dsmig.sim.io.IoMonitor;
import io.dsmig.sim.io.IoView;

/**
 * The I/O monitor installed on every image that can write a source volume. For a write to a tracked
 * source track that the copy has already reached, it sets the track's changed flag so a resync copies
 * it again. Untracked tracks and tracks not yet reached cost one lookup.
 */
final class ChangeMonitor implements IoMonitor {

    private final TranslateTable table;
    private long flagged;
    private long written;

    ChangeMonitor(TranslateTable table) {
        this.table = table;
    }

    @Override
    public void observe(IoView io) {
        if (io.kind() != IoKind.WRITE) {
            return;
        }
        SourceTracks source = table.source(io.volser());
        if (source != null) {
            written += source.trackedCount(io.firstTrack(), io.trackCount());
            flagged += source.flag(io.firstTrack(), io.trackCount());
        }
    }

    /**
     * Tracked tracks written, in all, whether or not they were flagged already: the applications' write
     * rate against the migrated data. (Flags alone understate it: once most tracks wait for a resync,
     * new flags appear only as fast as the copy clears them.)
     */
    long written() {
        return written;
    }

    /** Tracks this monitor flagged as changed, in all. */
    long flagged() {
        return flagged;
    }
}
