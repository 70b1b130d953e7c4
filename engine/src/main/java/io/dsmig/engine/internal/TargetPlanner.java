package io.dsmig.engine.internal;

import io.dsmig.sim.name.Volser;
import io.dsmig.sim.services.SystemServices;
import io.dsmig.sim.space.AllocationPlan;
import io.dsmig.sim.space.Extent;
import io.dsmig.sim.space.FreeSpaceMap;
import io.dsmig.sim.volume.Dsorg;
import io.dsmig.sim.volume.ExtentBudget;
import io.dsmig.sim.volume.VtocEntry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Places target data sets on copies of the target volumes' free space, so a whole migration can be
 * planned (and checked for room) before anything is allocated. Each data set goes, in order of
 * preference: in one extent on the target with the most free space that holds it; in the fewest
 * extents on one target; across targets (multi-volume organizations only). Extent limits and VTOC
 * room are respected.
 */
final class TargetPlanner {

    private final SystemServices services;
    private final List<Volser> targets;
    private final Map<Volser, FreeSpaceMap> free = new HashMap<>();
    private final Map<Volser, Integer> dscbsFree = new HashMap<>();
    private final Map<Volser, Map<String, Long>> reservedTracks = new HashMap<>();

    TargetPlanner(SystemServices services, List<Volser> targets) {
        this(services, targets, List.of());
    }

    /**
     * A planner over the targets' free space as it is now, less the space other migrations have
     * planned there and not allocated yet ({@code reserved}).
     */
    TargetPlanner(SystemServices services, List<Volser> targets, List<Reservation> reserved) {
        this.services = services;
        this.targets = List.copyOf(targets);
        for (Volser v : targets) {
            free.put(v, services.space().freeSpaceCopy(v));
            dscbsFree.put(v, services.space().volume(v).dscbsFree());
        }
        reserved.forEach(this::leaveAlone);
    }

    /** Takes what is still free of a reservation out of the copies, and remembers whose it is. */
    private void leaveAlone(Reservation r) {
        FreeSpaceMap map = free.get(r.piece().volser());
        if (map == null) {
            return;
        }
        long taken = 0;
        for (Extent wanted : r.piece().extents()) {
            for (Extent area : map.areas()) {
                int first = Math.max(area.firstTrack(), wanted.firstTrack());
                int end = Math.min(area.endTrack(), wanted.endTrack());
                if (first < end) {
                    map.take(new Extent(first, end - first));
                    taken += end - first;
                }
            }
        }
        dscbsFree.merge(r.piece().volser(), -VtocEntry.dscbsFor(r.piece().extents().size()), Integer::sum);
        reservedTracks.computeIfAbsent(r.piece().volser(), v -> new TreeMap<>()).merge(r.migration(), taken, Long::sum);
    }

    /** Free tracks left on each target after everything planned so far. */
    Map<Volser, Long> freeTracks() {
        Map<Volser, Long> map = new HashMap<>();
        free.forEach((v, f) -> map.put(v, f.freeTracks()));
        return map;
    }

    /**
     * Plans a target of {@code tracks} tracks shaped like {@code source} (its organization and space
     * unit), on {@code onlyOn} if not empty, never on a volume whose VTOC already has a data set of
     * that name (its allocation would be refused); the space is taken from the planner's copies.
     *
     * @return the pieces, or empty with a problem added to {@code problems}
     */
    Optional<List<TargetPiece>> place(Selected source, int tracks, List<Volser> onlyOn, List<String> problems) {
        Dsorg dsorg = source.dataSet().dsorg();
        boolean ecr = source.dataSet().extentConstraintRemoval();
        int align = source.dataSet().space().alignmentTracks();
        List<Volser> candidates = candidates(onlyOn);
        List<Volser> holding = candidates.stream().filter(v -> services.vtoc().find(v, source.name()).isPresent())
                .toList();
        candidates.removeAll(holding);
        if (candidates.isEmpty() && !holding.isEmpty()) {
            problems.add("a data set named " + source.name() + " already exists on " + holding + ", so its target "
                    + "cannot go there; scratch or rename it there, or name another target volume");
            return Optional.empty();
        }
        Optional<List<TargetPiece>> placed = oneVolume(tracks, align, dsorg, ecr, candidates, true)
                .or(() -> oneVolume(tracks, align, dsorg, ecr, candidates, false))
                .or(() -> dsorg.multiVolume() ? acrossVolumes(tracks, align, dsorg, ecr, candidates) : Optional.empty());
        if (placed.isEmpty()) {
            problems.add(shortfall(source, tracks, candidates));
            return Optional.empty();
        }
        placed.get().forEach(p -> {
            p.extents().forEach(free.get(p.volser())::take);
            dscbsFree.merge(p.volser(), -VtocEntry.dscbsFor(p.extents().size()), Integer::sum);
        });
        return placed;
    }

    /**
     * Why {@code source} does not fit, in figures: the largest free area and where it is, the tracks
     * free on each candidate, the space other migrations have planned there, and what to do.
     */
    private String shortfall(Selected source, int tracks, List<Volser> candidates) {
        Dsorg dsorg = source.dataSet().dsorg();
        long freeInAll = candidates.stream().mapToLong(v -> free.get(v).freeTracks()).sum();
        Volser largestOn = candidates.stream().max(Comparator.comparingInt((Volser v) -> free.get(v).largestFreeTracks())
                .thenComparing(Comparator.reverseOrder())).orElse(null);
        int largest = largestOn == null ? 0 : free.get(largestOn).largestFreeTracks();
        String where = candidates.size() == 1 ? " on " + candidates.get(0) : " (" + String.join(", ", candidates.stream()
                .map(v -> String.format(Locale.ROOT, "%s %,d", v, free.get(v).freeTracks())).toList()) + ")";
        List<String> reserved = new ArrayList<>();
        for (Volser v : candidates) {
            reservedTracks.getOrDefault(v, Map.of()).forEach((migration, n) -> reserved.add(String.format(Locale.ROOT,
                    "%,d tracks planned there by migration %s, not yet allocated", n, migration)
                    + (candidates.size() == 1 ? "" : " (on " + v + ")")));
        }
        return String.format(Locale.ROOT, "no room on the targets for %s (%,d tracks): the largest free area is %,d "
                + "tracks%s, %,d tracks are free in all%s%s%s; name more or larger target volumes, or free space on "
                + "them", source.name(), tracks, largest, largestOn == null || candidates.size() == 1 ? ""
                        : " (on " + largestOn + ")", freeInAll, where,
                reserved.isEmpty() ? "" : ", after " + String.join(" and ", reserved),
                dsorg.multiVolume() ? "" : ", and a " + dsorg.description() + " cannot span volumes");
    }

    /** Extents of {@code tracks} more tracks for a target already on {@code volser}, taken from the copies. */
    Optional<List<Extent>> extend(Volser volser, int tracks, int align, ExtentBudget budget) {
        FreeSpaceMap map = free.get(volser);
        if (map == null) {
            return Optional.empty();
        }
        AllocationPlan plan = map.plan(tracks, align, false, budget.remaining(),
                services.space().prefersCylinderManaged(volser, tracks));
        if (!plan.succeeded()) {
            return Optional.empty();
        }
        plan.extents().forEach(map::take);
        return Optional.of(plan.extents());
    }

    /**
     * Takes {@code tracks} as a volume's own allocation of a new system data set would (best fit, up to
     * five extents), so that later plans see the space as used.
     */
    void reserve(Volser volser, int tracks) {
        FreeSpaceMap map = free.get(volser);
        AllocationPlan plan = map.plan(tracks, 1, false, 5, false);
        if (plan.succeeded()) {
            plan.extents().forEach(map::take);
            dscbsFree.merge(volser, -VtocEntry.dscbsFor(plan.extents().size()), Integer::sum);
        }
    }

    /** Gives planned space back (a target scratched or released in the window). */
    void release(Volser volser, List<Extent> extents) {
        FreeSpaceMap map = free.get(volser);
        if (map != null) {
            extents.forEach(map::give);
        }
    }

    private List<Volser> candidates(List<Volser> onlyOn) {
        List<Volser> list = new ArrayList<>(onlyOn.isEmpty() ? targets : onlyOn);
        list.removeIf(v -> !free.containsKey(v));
        list.sort(Comparator.comparingLong((Volser v) -> free.get(v).freeTracks()).reversed()
                .thenComparing(Comparator.naturalOrder()));
        return list;
    }

    private Optional<List<TargetPiece>> oneVolume(int tracks, int align, Dsorg dsorg, boolean ecr, List<Volser> volumes,
            boolean contiguous) {
        TargetPiece best = null;
        for (Volser v : volumes) {
            AllocationPlan plan = free.get(v).plan(tracks, align, contiguous,
                    ExtentBudget.of(dsorg, ecr, 0, 0).remaining(), services.space().prefersCylinderManaged(v, tracks));
            if (plan.succeeded() && VtocEntry.dscbsFor(plan.extents().size()) <= dscbsFree.get(v)
                    && (best == null || plan.extents().size() < best.extents().size())) {
                best = new TargetPiece(v, plan.extents());
                if (contiguous) {
                    break;
                }
            }
        }
        return Optional.ofNullable(best).map(List::of);
    }

    private Optional<List<TargetPiece>> acrossVolumes(int tracks, int align, Dsorg dsorg, boolean ecr,
            List<Volser> volumes) {
        Map<Volser, FreeSpaceMap> trial = new HashMap<>();
        List<TargetPiece> pieces = new ArrayList<>();
        int remaining = tracks;
        int extents = 0;
        for (Volser v : volumes) {
            if (remaining <= 0 || pieces.size() == Dsorg.VOLUMES_MAX) {
                break;
            }
            FreeSpaceMap map = trial.computeIfAbsent(v, x -> free.get(x).copy());
            int budget = ExtentBudget.of(dsorg, ecr, 0, extents).remaining();
            for (int amount = (int) Math.min(remaining, map.freeTracks()); amount >= align; amount /= 2) {
                AllocationPlan plan = map.plan(amount, align, false, budget, false);
                if (plan.succeeded()) {
                    plan.extents().forEach(map::take);
                    pieces.add(new TargetPiece(v, plan.extents()));
                    remaining -= plan.allocatedTracks();
                    extents += plan.extents().size();
                    break;
                }
            }
        }
        return remaining <= 0 ? Optional.of(pieces) : Optional.empty();
    }
}
