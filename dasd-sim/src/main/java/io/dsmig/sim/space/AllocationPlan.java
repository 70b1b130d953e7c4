package io.dsmig.sim.space;

import java.util.List;

/**
 * Where an allocation would go, or why it cannot be met. A failed plan carries the figures a
 * message needs: the tracks requested, the largest free area, the volume's free tracks, how many
 * extents the request would need ({@code -1} when even five extents would not hold it) and how many
 * more extents the data set may have on the volume.
 */
public record AllocationPlan(List<Extent> extents, int requestedTracks, int largestFreeTracks,
        long freeTracks, int extentsNeeded, int extentBudget) {

    public AllocationPlan {
        extents = List.copyOf(extents);
    }

    static AllocationPlan of(List<Extent> extents) {
        int tracks = extents.stream().mapToInt(Extent::trackCount).sum();
        return new AllocationPlan(extents, tracks, 0, 0, extents.size(), extents.size());
    }

    static AllocationPlan failed(int requested, int largestFree, long free, int extentsNeeded, int budget) {
        return new AllocationPlan(List.of(), requested, largestFree, free, extentsNeeded, budget);
    }

    public boolean succeeded() {
        return !extents.isEmpty();
    }

    /** Tracks the plan hands out (at least the request; more where cylinder-managed space rounds up). */
    public int allocatedTracks() {
        return extents.stream().mapToInt(Extent::trackCount).sum();
    }

    /** True when space exists but the extent limit stands in the way. */
    public boolean blockedByExtentLimit() {
        return !succeeded() && extentsNeeded > 0 && extentsNeeded > extentBudget;
    }
}
