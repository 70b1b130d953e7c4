package io.dsmig.sim.space;

import io.dsmig.sim.volume.Volume;
import io.dsmig.sim.volume.VtocEntry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * An audit of a volume's space that does not trust the volume's own bookkeeping: label, VTOC, every
 * extent of every data set and every free area, sorted by address, must tile the volume exactly.
 */
public final class SpaceAudit {

    private SpaceAudit() {
    }

    private record Area(int start, int length, String owner) {
    }

    /** Null when the volume is consistent, else what is wrong. */
    public static String check(Volume v) {
        List<Area> areas = new ArrayList<>();
        areas.add(new Area(0, 1, "label"));
        areas.add(new Area(v.vtoc().location().firstTrack(), v.vtoc().location().trackCount(), "VTOC"));
        long allocated = 1 + v.vtoc().location().trackCount();
        for (VtocEntry entry : v.vtoc().entries()) {
            for (Extent extent : entry.extents()) {
                areas.add(new Area(extent.firstTrack(), extent.trackCount(), entry.name().value()));
                allocated += extent.trackCount();
            }
        }
        long free = 0;
        for (Extent area : v.freeAreas()) {
            areas.add(new Area(area.firstTrack(), area.trackCount(), "free"));
            free += area.trackCount();
        }
        areas.sort(Comparator.comparingInt(Area::start));
        long next = 0;
        for (Area a : areas) {
            if (a.start() != next) {
                return v.volser() + ": " + a.owner() + " at track " + a.start() + " should start at " + next
                        + " (overlap or gap)";
            }
            next = a.start() + (long) a.length();
        }
        if (next != v.trackCount() || free + allocated != v.trackCount()) {
            return v.volser() + ": " + free + " free + " + allocated + " allocated != " + v.trackCount() + " tracks";
        }
        if (free != v.freeTracks() || allocated != v.allocatedTracks()) {
            return v.volser() + ": the volume counts " + v.freeTracks() + " free and " + v.allocatedTracks()
                    + " allocated, the map shows " + free + " and " + allocated;
        }
        return null;
    }
}
