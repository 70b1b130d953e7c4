package io.dsmig.engine.internal;

import io.dsmig.engine.TableEntry;
import io.dsmig.sim.dataset.VolumeExtent;
import io.dsmig.sim.name.DataSetName;
import io.dsmig.sim.name.Volser;
import io.dsmig.sim.space.Extent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The cylinder/track translate table: for each data set, entries that map a contiguous run of source
 * tracks to a contiguous run of target tracks, split where either allocation breaks. It also keeps,
 * per source volume, which tracks are tracked, reached by the copy, and changed since copied.
 */
final class TranslateTable {

    private final Map<DataSetName, List<TableEntry>> byDataSet = new TreeMap<>();
    private final Map<Volser, SourceTracks> bySource = new LinkedHashMap<>();
    private long trackCount;

    /**
     * Adds a data set: its source extents in order, mapped onto its target pieces in order.
     *
     * @return the new entries
     */
    List<TableEntry> add(DataSetName name, List<VolumeExtent> source, List<TargetPiece> target) {
        List<TableEntry> entries = build(name, source, target);
        byDataSet.put(name, entries);
        for (TableEntry e : entries) {
            bySource.computeIfAbsent(e.sourceVolser(), SourceTracks::new).add(e);
            trackCount += e.trackCount();
        }
        return entries;
    }

    /** Adds entries for source extents appended to a data set already in the table. */
    List<TableEntry> append(DataSetName name, List<VolumeExtent> source, List<TargetPiece> target, int relativeStart) {
        List<TableEntry> added = new ArrayList<>();
        for (TableEntry e : build(name, source, target)) {
            TableEntry shifted = new TableEntry(name, e.relativeTrack() + relativeStart, e.sourceVolser(),
                    e.sourceFirstTrack(), e.trackCount(), e.targetVolser(), e.targetFirstTrack());
            added.add(shifted);
            bySource.computeIfAbsent(shifted.sourceVolser(), SourceTracks::new).add(shifted);
            trackCount += shifted.trackCount();
        }
        byDataSet.computeIfAbsent(name, n -> new ArrayList<>()).addAll(added);
        return added;
    }

    /** Removes a data set's entries; its source tracks stop being tracked. */
    void remove(DataSetName name) {
        List<TableEntry> entries = byDataSet.remove(name);
        if (entries != null) {
            for (TableEntry e : entries) {
                bySource.get(e.sourceVolser()).remove(e);
                trackCount -= e.trackCount();
            }
        }
    }

    /** Cuts a data set's entries to its first {@code keepTracks} relative tracks. */
    void truncate(DataSetName name, int keepTracks) {
        List<TableEntry> entries = byDataSet.get(name);
        if (entries == null) {
            return;
        }
        List<TableEntry> kept = new ArrayList<>();
        for (TableEntry e : entries) {
            SourceTracks source = bySource.get(e.sourceVolser());
            int keep = Math.max(0, Math.min(e.trackCount(), keepTracks - e.relativeTrack()));
            if (keep == e.trackCount()) {
                kept.add(e);
                continue;
            }
            trackCount -= e.trackCount() - keep;
            if (keep == 0) {
                source.remove(e);
                continue;
            }
            TableEntry cut = new TableEntry(name, e.relativeTrack(), e.sourceVolser(), e.sourceFirstTrack(), keep,
                    e.targetVolser(), e.targetFirstTrack());
            source.replace(e, cut);
            kept.add(cut);
        }
        byDataSet.put(name, kept);
    }

    /** Gives a data set's entries a new name (a rename found by reconciliation). */
    void rename(DataSetName from, DataSetName to) {
        List<TableEntry> entries = byDataSet.remove(from);
        if (entries == null) {
            return;
        }
        List<TableEntry> renamed = new ArrayList<>();
        for (TableEntry e : entries) {
            TableEntry r = new TableEntry(to, e.relativeTrack(), e.sourceVolser(), e.sourceFirstTrack(), e.trackCount(),
                    e.targetVolser(), e.targetFirstTrack());
            bySource.get(e.sourceVolser()).replace(e, r);
            renamed.add(r);
        }
        byDataSet.put(to, renamed);
    }

    List<TableEntry> entries(DataSetName name) {
        return byDataSet.getOrDefault(name, List.of());
    }

    /** Every entry, data set by data set in name order. */
    List<TableEntry> entries() {
        List<TableEntry> all = new ArrayList<>();
        byDataSet.values().forEach(all::addAll);
        return all;
    }

    Collection<SourceTracks> sources() {
        return Collections.unmodifiableCollection(bySource.values());
    }

    SourceTracks source(Volser volser) {
        return bySource.get(volser);
    }

    long trackCount() {
        return trackCount;
    }

    /** Changed tracks waiting for a resync, over all source volumes. */
    long pending() {
        long sum = 0;
        for (SourceTracks s : bySource.values()) {
            sum += s.pending;
        }
        return sum;
    }

    int dataSetCount() {
        return byDataSet.size();
    }

    private static List<TableEntry> build(DataSetName name, List<VolumeExtent> source, List<TargetPiece> target) {
        List<Run> targetRuns = new ArrayList<>();
        for (TargetPiece p : target) {
            for (Extent x : p.extents()) {
                targetRuns.add(new Run(p.volser(), x.firstTrack(), x.trackCount()));
            }
        }
        List<TableEntry> entries = new ArrayList<>();
        int t = 0;
        int tOffset = 0;
        int rel = 0;
        for (VolumeExtent s : source) {
            int sOffset = 0;
            while (sOffset < s.trackCount()) {
                if (t >= targetRuns.size()) {
                    throw new IllegalStateException(name + ": the target is smaller than the source");
                }
                Run run = targetRuns.get(t);
                int n = Math.min(s.trackCount() - sOffset, run.count() - tOffset);
                entries.add(new TableEntry(name, rel, s.volser(), s.extent().firstTrack() + sOffset, n, run.volser(),
                        run.first() + tOffset));
                rel += n;
                sOffset += n;
                tOffset += n;
                if (tOffset == run.count()) {
                    t++;
                    tOffset = 0;
                }
            }
        }
        return entries;
    }

    private record Run(Volser volser, int first, int count) {
    }
}
