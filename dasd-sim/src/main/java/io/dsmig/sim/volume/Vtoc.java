package io.dsmig.sim.volume;

import io.dsmig.sim.name.DataSetName;
import io.dsmig.sim.name.Mask;
import io.dsmig.sim.space.Extent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A volume's table of contents: where the VTOC itself lies, how many DSCBs it can hold, and one
 * {@link VtocEntry} per data set on the volume, by name. Names are unique on a volume.
 *
 * <p>The DSCBs in use are the Format-4 (the VTOC's own), one Format-5 for free space, and each
 * entry's Format-1 and Format-3 DSCBs. When they would pass the capacity the VTOC is full.
 */
public final class Vtoc {

    /** The Format-4 and one Format-5 DSCB are always there. */
    private static final int FIXED_DSCBS = 2;

    private final Extent location;
    private final int dscbCapacity;
    private final boolean indexed;
    private final TreeMap<DataSetName, VtocEntry> entries = new TreeMap<>();
    private int dscbsUsed = FIXED_DSCBS;

    public Vtoc(Extent location, int dscbsPerTrack, boolean indexed) {
        this.location = location;
        this.dscbCapacity = location.trackCount() * dscbsPerTrack;
        this.indexed = indexed;
    }

    /** The tracks the VTOC occupies. */
    public Extent location() {
        return location;
    }

    public int dscbCapacity() {
        return dscbCapacity;
    }

    public int dscbsUsed() {
        return dscbsUsed;
    }

    public int dscbsFree() {
        return dscbCapacity - dscbsUsed;
    }

    /** Whether the volume has a VTOC index (SYS1.VTOCIX.volser). */
    public boolean indexed() {
        return indexed;
    }

    public Optional<VtocEntry> find(DataSetName name) {
        return Optional.ofNullable(entries.get(name));
    }

    public boolean contains(DataSetName name) {
        return entries.containsKey(name);
    }

    /** All entries in name order, as a read-only view. */
    public Collection<VtocEntry> entries() {
        return Collections.unmodifiableCollection(entries.values());
    }

    public int size() {
        return entries.size();
    }

    /** Entries whose names match {@code mask}, in name order. */
    public List<VtocEntry> matching(Mask mask) {
        List<VtocEntry> list = new ArrayList<>();
        for (VtocEntry e : entries.values()) {
            if (mask.matches(e.name())) {
                list.add(e);
            }
        }
        return list;
    }

    /** Whether {@code extra} more DSCBs fit. */
    public boolean hasRoomFor(int extra) {
        return dscbsUsed + extra <= dscbCapacity;
    }

    // The mutators are package-private to the volume: only the volume's own operations change its VTOC,
    // so that VTOC and free space always change together.

    void put(VtocEntry entry) {
        VtocEntry old = entries.put(entry.name(), entry);
        dscbsUsed += entry.dscbCount() - (old == null ? 0 : old.dscbCount());
    }

    void remove(DataSetName name) {
        VtocEntry old = entries.remove(name);
        if (old != null) {
            dscbsUsed -= old.dscbCount();
        }
    }
}
