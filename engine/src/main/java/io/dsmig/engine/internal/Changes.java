package io.dsmig.engine.internal;

import io.dsmig.engine.ChangeKind;
import io.dsmig.engine.ReconcileChange;
import io.dsmig.sim.dataset.DataSet;
import io.dsmig.sim.dataset.VolumeExtent;
import io.dsmig.sim.name.DataSetName;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Compares the metadata saved when the table was built with the metadata now, by a sorted match-merge
 * on data set names (one pass over both lists, no nested loops), and sorts the changes into the order
 * they must be handled: everything that frees target space first, then renames, then everything that
 * needs target space, larger data sets first.
 */
final class Changes {

    private Changes() {
    }

    /** A change with the metadata it was found from. */
    record Found(ReconcileChange change, Selected before, Selected now) {
    }

    static List<Found> between(TreeMap<DataSetName, Selected> before, TreeMap<DataSetName, Selected> now) {
        List<Found> found = new ArrayList<>();
        Map<List<VolumeExtent>, Selected> deletedByExtents = new HashMap<>();
        List<Selected> added = new ArrayList<>();
        Iterator<Selected> b = before.values().iterator();
        Iterator<Selected> n = now.values().iterator();
        Selected x = next(b);
        Selected y = next(n);
        while (x != null || y != null) {
            int cmp = x == null ? 1 : y == null ? -1 : x.name().compareTo(y.name());
            if (cmp < 0) {
                deletedByExtents.put(x.dataSet().extents(), x);
                x = next(b);
            } else if (cmp > 0) {
                added.add(y);
                y = next(n);
            } else {
                ChangeKind kind = classify(x.dataSet(), y.dataSet());
                if (kind != null) {
                    found.add(new Found(change(kind, x, y, detail(kind, x.dataSet(), y.dataSet())), x, y));
                }
                x = next(b);
                y = next(n);
            }
        }
        for (Selected a : added) {
            Selected renamedFrom = deletedByExtents.get(a.dataSet().extents());
            if (renamedFrom != null && sameKind(renamedFrom.dataSet(), a.dataSet())) {
                deletedByExtents.remove(a.dataSet().extents());
                found.add(new Found(new ReconcileChange(ChangeKind.RENAMED, renamedFrom.name(), a.name(),
                        renamedFrom.tracks(), a.tracks(), "same space"), renamedFrom, a));
            } else {
                found.add(new Found(change(ChangeKind.ADDED, null, a, "on " + a.dataSet().volumes()), null, a));
            }
        }
        deletedByExtents.values().forEach(d -> found.add(new Found(change(ChangeKind.DELETED, d, null, ""), d, null)));
        found.sort(Comparator.comparingInt((Found f) -> order(f.change().kind()))
                .thenComparing(Comparator.comparingLong((Found f) -> -f.change().tracksNow()))
                .thenComparing(f -> f.change().dataSet()));
        return found;
    }

    /**
     * Whether a data set that appeared in a vanished one's space can be that one renamed: a rename keeps
     * the VTOC entry, so the organization, DCB attributes and space request stay the same. A new data set
     * allocated in freed space that happens to match it extent for extent does not (its target would
     * otherwise keep the old data set's attributes).
     */
    private static boolean sameKind(DataSet before, DataSet now) {
        return before.dsorg() == now.dsorg() && before.dcb().equals(now.dcb()) && before.space().equals(now.space())
                && before.extentConstraintRemoval() == now.extentConstraintRemoval();
    }

    /** Null when nothing changed; else the kind of change between the two descriptions of one name. */
    static ChangeKind classify(DataSet before, DataSet now) {
        List<VolumeExtent> b = before.extents();
        List<VolumeExtent> n = now.extents();
        if (b.equals(n)) {
            return null;
        }
        if (n.size() > b.size() && n.subList(0, b.size()).equals(b)) {
            return ChangeKind.EXTENTS_ADDED;
        }
        if (isReleaseOf(b, n)) {
            return ChangeKind.SPACE_RELEASED;
        }
        return ChangeKind.PERSISTENT;
    }

    private static boolean isReleaseOf(List<VolumeExtent> before, List<VolumeExtent> now) {
        if (now.isEmpty() || now.size() > before.size()) {
            return false;
        }
        int last = now.size() - 1;
        if (!now.subList(0, last).equals(before.subList(0, last))) {
            return false;
        }
        VolumeExtent cut = now.get(last);
        VolumeExtent was = before.get(last);
        boolean shorter = now.size() < before.size() || cut.trackCount() < was.trackCount();
        return cut.volser().equals(was.volser()) && cut.extent().firstTrack() == was.extent().firstTrack()
                && cut.trackCount() <= was.trackCount() && shorter;
    }

    private static ReconcileChange change(ChangeKind kind, Selected before, Selected now, String detail) {
        Selected any = now != null ? now : before;
        return new ReconcileChange(kind, any.name(), null, before == null ? 0 : before.tracks(),
                now == null ? 0 : now.tracks(), detail);
    }

    private static String detail(ChangeKind kind, DataSet before, DataSet now) {
        return switch (kind) {
            case EXTENTS_ADDED -> (now.extentCount() - before.extentCount()) + " extents, "
                    + (now.trackCount() - before.trackCount()) + " tracks added";
            case SPACE_RELEASED -> (before.trackCount() - now.trackCount()) + " tracks released";
            case PERSISTENT -> "now " + now.trackCount() + " tracks on " + now.volumes();
            default -> "";
        };
    }

    private static int order(ChangeKind kind) {
        return switch (kind) {
            case DELETED -> 0;
            case SPACE_RELEASED -> 1;
            case RENAMED -> 2;
            case PERSISTENT -> 3;
            case ADDED -> 4;
            case EXTENTS_ADDED -> 5;
        };
    }

    private static Selected next(Iterator<Selected> it) {
        return it.hasNext() ? it.next() : null;
    }
}
