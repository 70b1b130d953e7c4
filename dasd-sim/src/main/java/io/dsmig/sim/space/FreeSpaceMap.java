package io.dsmig.sim.space;

import io.dsmig.sim.Check;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The free space of one volume (the VTOC's Format-5 DSCBs, in effect): disjoint free areas by
 * relative track, coalesced with their neighbours, never crossing the boundary between
 * track-managed and cylinder-managed space on an EAV.
 *
 * <p>It plans allocations ({@link #plan}) without changing anything, then hands out ({@link #take})
 * and takes back ({@link #give}) space; both check that the space really is free or allocated, so
 * free space and allocated space can never overlap.
 */
public final class FreeSpaceMap {

    /** z/OS meets one primary or secondary request with at most this many extents. */
    public static final int EXTENTS_PER_REQUEST_MAX = 5;

    private final TreeMap<Integer, Integer> areas = new TreeMap<>();
    private final int trackCount;
    private final int cylinderManagedFirstTrack;
    private final int multicylinderUnitTracks;
    private long freeTracks;

    /**
     * A map of a volume of {@code trackCount} tracks, all free.
     *
     * @param cylinderManagedFirstTrack first track of cylinder-managed space ({@code trackCount} if none)
     * @param multicylinderUnitTracks   the allocation unit of cylinder-managed space, in tracks
     */
    public FreeSpaceMap(int trackCount, int cylinderManagedFirstTrack, int multicylinderUnitTracks) {
        this.trackCount = trackCount;
        this.cylinderManagedFirstTrack = cylinderManagedFirstTrack;
        this.multicylinderUnitTracks = multicylinderUnitTracks;
        if (cylinderManagedFirstTrack > 0) {
            areas.put(0, cylinderManagedFirstTrack);
        }
        if (cylinderManagedFirstTrack < trackCount) {
            areas.put(cylinderManagedFirstTrack, trackCount - cylinderManagedFirstTrack);
        }
        freeTracks = trackCount;
    }

    /** An independent copy, to plan several allocations on. */
    public FreeSpaceMap copy() {
        FreeSpaceMap copy = new FreeSpaceMap(trackCount, cylinderManagedFirstTrack, multicylinderUnitTracks);
        copy.areas.clear();
        copy.areas.putAll(areas);
        copy.freeTracks = freeTracks;
        return copy;
    }

    public int trackCount() {
        return trackCount;
    }

    public long freeTracks() {
        return freeTracks;
    }

    public int freeAreaCount() {
        return areas.size();
    }

    /** The largest free area in tracks, whatever its alignment. */
    public int largestFreeTracks() {
        return areas.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    /** The free areas in address order. */
    public List<Extent> areas() {
        List<Extent> list = new ArrayList<>(areas.size());
        areas.forEach((start, length) -> list.add(new Extent(start, length)));
        return list;
    }

    /** Whether every track of {@code extent} is free. */
    public boolean isFree(Extent extent) {
        Map.Entry<Integer, Integer> area = areas.floorEntry(extent.firstTrack());
        return area != null && area.getKey() + area.getValue() >= extent.endTrack();
    }

    public boolean isCylinderManaged(int track) {
        return track >= cylinderManagedFirstTrack;
    }

    /**
     * Plans where {@code tracks} tracks would go without taking them.
     *
     * @param tracks          tracks wanted (at least 1)
     * @param alignTracks     1 for tracks, 15 for cylinders: extents start on and are multiples of it
     * @param contiguous      whether the space must come in one extent
     * @param extentBudget    how many more extents the data set may have on this volume
     * @param preferCylinderManaged try cylinder-managed space first (large requests on an EAV)
     */
    public AllocationPlan plan(int tracks, int alignTracks, boolean contiguous, int extentBudget,
            boolean preferCylinderManaged) {
        if (tracks < 1) {
            throw new IllegalArgumentException("cannot allocate " + tracks + " tracks");
        }
        List<Candidate> candidates = candidates(alignTracks, preferCylinderManaged);
        for (boolean cylinderManaged : regionOrder(preferCylinderManaged)) {
            Extent single = bestFit(candidates, cylinderManaged, tracks);
            if (single != null) {
                return extentBudget >= 1 ? AllocationPlan.of(List.of(single))
                        : AllocationPlan.failed(tracks, largestUsable(candidates), freeTracks, 1, extentBudget);
            }
        }
        if (contiguous) {
            return AllocationPlan.failed(tracks, largestUsable(candidates), freeTracks, -1, extentBudget);
        }
        List<Extent> pieces = pieces(candidates, tracks, EXTENTS_PER_REQUEST_MAX);
        if (pieces == null) {
            return AllocationPlan.failed(tracks, largestUsable(candidates), freeTracks, -1, extentBudget);
        }
        if (pieces.size() > extentBudget) {
            return AllocationPlan.failed(tracks, largestUsable(candidates), freeTracks, pieces.size(), extentBudget);
        }
        return AllocationPlan.of(pieces);
    }

    /** Removes {@code extent} from free space; it must be wholly free. */
    public void take(Extent extent) {
        Map.Entry<Integer, Integer> area = areas.floorEntry(extent.firstTrack());
        Check.that(area != null && area.getKey() + area.getValue() >= extent.endTrack(),
                "allocate-only-free-space", () -> "extent " + extent + " is not wholly free");
        int start = area.getKey();
        int end = start + area.getValue();
        areas.remove(start);
        if (extent.firstTrack() > start) {
            areas.put(start, extent.firstTrack() - start);
        }
        if (extent.endTrack() < end) {
            areas.put(extent.endTrack(), end - extent.endTrack());
        }
        freeTracks -= extent.trackCount();
    }

    /** Returns {@code extent} to free space; none of it may be free already. */
    public void give(Extent extent) {
        Check.that(extent.endTrack() <= trackCount, "extent-within-volume",
                () -> "extent " + extent + " passes the end of the volume (" + trackCount + " tracks)");
        Map.Entry<Integer, Integer> below = areas.floorEntry(extent.firstTrack());
        Map.Entry<Integer, Integer> above = areas.ceilingEntry(extent.firstTrack());
        Check.that(below == null || below.getKey() + below.getValue() <= extent.firstTrack(),
                "free-space-disjoint", () -> "freeing " + extent + " overlaps free area at track " + below.getKey());
        Check.that(above == null || above.getKey() >= extent.endTrack(),
                "free-space-disjoint", () -> "freeing " + extent + " overlaps free area at track " + above.getKey());
        int start = extent.firstTrack();
        int end = extent.endTrack();
        if (below != null && below.getKey() + below.getValue() == start && sameRegion(below.getKey(), start)) {
            start = below.getKey();
            areas.remove(below.getKey());
        }
        if (above != null && above.getKey() == end && sameRegion(above.getKey(), extent.firstTrack())) {
            end = above.getKey() + above.getValue();
            areas.remove(above.getKey());
        }
        areas.put(start, end - start);
        freeTracks += extent.trackCount();
    }

    private boolean sameRegion(int a, int b) {
        return isCylinderManaged(a) == isCylinderManaged(b);
    }

    private boolean[] regionOrder(boolean preferCylinderManaged) {
        return preferCylinderManaged ? new boolean[] {true, false} : new boolean[] {false, true};
    }

    /** A free area as it can be used for a request: aligned start and usable length, in whole units. */
    private record Candidate(int start, int usable, int unit, boolean cylinderManaged) {
    }

    private List<Candidate> candidates(int alignTracks, boolean preferCylinderManaged) {
        List<Candidate> list = new ArrayList<>(areas.size());
        for (Map.Entry<Integer, Integer> area : areas.entrySet()) {
            boolean cm = isCylinderManaged(area.getKey());
            int unit = cm ? lcm(alignTracks, multicylinderUnitTracks) : alignTracks;
            int alignedStart = roundUp(area.getKey(), unit);
            int usable = (area.getKey() + area.getValue() - alignedStart) / unit * unit;
            if (usable > 0) {
                list.add(new Candidate(alignedStart, usable, unit, cm));
            }
        }
        Comparator<Candidate> byRegion = Comparator.comparing(c -> c.cylinderManaged() != preferCylinderManaged);
        list.sort(byRegion.thenComparing(Candidate::start));
        return list;
    }

    /** The smallest area of the region that holds the request in one extent; ties go to the lowest address. */
    private static Extent bestFit(List<Candidate> candidates, boolean cylinderManaged, int tracks) {
        Candidate best = null;
        for (Candidate c : candidates) {
            if (c.cylinderManaged() == cylinderManaged && c.usable() >= roundUp(tracks, c.unit())
                    && (best == null || c.usable() < best.usable())) {
                best = c;
            }
        }
        return best == null ? null : new Extent(best.start(), roundUp(tracks, best.unit()));
    }

    /** The largest areas first, at most {@code maxPieces}; null when they do not hold the request. */
    private static List<Extent> pieces(List<Candidate> candidates, int tracks, int maxPieces) {
        List<Candidate> bySize = new ArrayList<>(candidates);
        bySize.sort(Comparator.comparingInt(Candidate::usable).reversed().thenComparingInt(Candidate::start));
        List<Extent> pieces = new ArrayList<>();
        int remaining = tracks;
        for (Candidate c : bySize) {
            if (remaining <= 0 || pieces.size() == maxPieces) {
                break;
            }
            int piece = Math.min(c.usable(), roundUp(remaining, c.unit()));
            pieces.add(new Extent(c.start(), piece));
            remaining -= piece;
        }
        if (remaining > 0) {
            return null;
        }
        pieces.sort(Comparator.naturalOrder());
        return pieces;
    }

    private static int largestUsable(List<Candidate> candidates) {
        return candidates.stream().mapToInt(Candidate::usable).max().orElse(0);
    }

    static int roundUp(int value, int unit) {
        return (value + unit - 1) / unit * unit;
    }

    private static int lcm(int a, int b) {
        int x = a;
        int y = b;
        while (y != 0) {
            int t = x % y;
            x = y;
            y = t;
        }
        return a / x * b;
    }
}
