package io.dsmig.engine;

import io.dsmig.sim.name.DataSetName;

/**
 * One allocation change found by reconciliation: its kind, the data set (and its new name for a
 * rename), its size in tracks in the snapshot and now, and a description.
 */
public record ReconcileChange(ChangeKind kind, DataSetName dataSet, DataSetName newName, long tracksBefore,
        long tracksNow, String detail) {

    @Override
    public String toString() {
        return kind.words() + " " + dataSet + (newName == null ? "" : " -> " + newName)
                + (detail.isEmpty() ? "" : " (" + detail + ")");
    }
}
