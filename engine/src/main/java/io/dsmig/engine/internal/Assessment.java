package io.dsmig.engine.internal;

import io.dsmig.engine.MigrationRequest;
import io.dsmig.engine.Selection;
import io.dsmig.sim.geometry.DeviceFamily;
import io.dsmig.sim.name.DataSetName;
import io.dsmig.sim.name.Volser;
import io.dsmig.sim.services.SystemServices;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Step a of the method: what the migration would move, whether it can, and where each target would
 * go — all decided on copies of the metadata, before anything is allocated. Problems stop the
 * migration; warnings are reported.
 */
public final class Assessment {

    private final SelectionScan scan;
    private final List<String> problems = new ArrayList<>();
    private final Map<DataSetName, List<TargetPiece>> placements = new LinkedHashMap<>();
    private final Set<Volser> vvdsVolumes = new TreeSet<>();
    private String image;
    private Map<Volser, Long> targetFree = Map.of();

    private Assessment(SelectionScan scan) {
        this.scan = scan;
    }

    /** Assesses a request against the system as it is now; changes nothing. */
    static Assessment of(SystemServices services, MigrationRequest request) {
        return of(services, request, List.of());
    }

    /**
     * Assesses a request against the system as it is now, placing its targets around the space other
     * migrations have planned and not allocated yet; changes nothing.
     */
    static Assessment of(SystemServices services, MigrationRequest request, List<Reservation> reserved) {
        Assessment a = new Assessment(SelectionScan.of(services, request.selection(), true));
        a.problems.addAll(a.scan.problems());
        a.checkVolumes(services, request);
        if (a.scan.dataSets().isEmpty() && a.problems.isEmpty()) {
            a.problems.add("the selection matches no data set with space"
                    + (request.selection() instanceof Selection.ByMasks m ? " (masks " + m.include() + ")" : ""));
        }
        boolean volumesOk = a.problems.stream().noneMatch(x -> x.contains("is not defined") || x.contains("cannot also be"));
        if (a.problems.isEmpty()) {
            a.chooseImage(services, request);
            a.checkMonitors(services);
        }
        if (volumesOk && !a.scan.dataSets().isEmpty()) {
            a.place(services, request, reserved);
        }
        return a;
    }

    /**
     * The same selection placed again on the targets as they are now, around {@code reserved}: done at
     * allocation time, since the space planned at the start may have been taken since (by another
     * migration or a job). Its problems are placement problems only.
     */
    Assessment placedAgain(SystemServices services, MigrationRequest request, List<Reservation> reserved) {
        Assessment a = new Assessment(scan);
        a.image = image;
        a.place(services, request, reserved);
        return a;
    }

    SelectionScan scan() {
        return scan;
    }

    public List<String> problems() {
        return problems;
    }

    public List<String> warnings() {
        return scan.warnings();
    }

    Map<DataSetName, List<TargetPiece>> placements() {
        return placements;
    }

    /** Target volumes that need a VVDS before their VSAM targets are allocated. */
    Set<Volser> vvdsVolumes() {
        return vvdsVolumes;
    }

    String image() {
        return image;
    }

    Map<Volser, Long> targetFree() {
        return targetFree;
    }

    long tracks() {
        return scan.dataSets().values().stream().mapToLong(Selected::tracks).sum();
    }

    private void checkVolumes(SystemServices services, MigrationRequest request) {
        Set<Volser> sources = scan.sourceVolumes();
        for (Volser t : request.targets()) {
            if (!services.space().exists(t)) {
                problems.add("target volume " + t + " is not defined");
            } else if (sources.contains(t)) {
                problems.add(t + " holds selected data sets, so it cannot also be a target");
            } else {
                checkGeometry(services, sources, t);
            }
        }
    }

    /**
     * Tracks are copied as they are, records and all, so a target must have its sources' track
     * geometry: a 3390 track does not fit on a 3380, and a 3380 track image on a 3390 would leave
     * VSAM's control intervals and RBAs computed for the wrong device.
     */
    private void checkGeometry(SystemServices services, Set<Volser> sources, Volser target) {
        DeviceFamily family = services.space().volume(target).type().family();
        sources.stream().filter(v -> services.space().volume(v).type().family() != family).findFirst().ifPresent(v -> {
            DeviceFamily other = services.space().volume(v).type().family();
            problems.add(String.format(Locale.ROOT, "target %s is a %s (%,d bytes a track) and source %s a %s (%,d bytes "
                    + "a track): tracks are copied as they are, so the targets must be %s volumes like the sources",
                    target, family.label(), family.bytesPerTrack(), v, other.label(), other.bytesPerTrack(),
                    other.label()));
        });
    }

    /** The image the migration runs on: the one asked for, or the first that reaches every volume. */
    private void chooseImage(SystemServices services, MigrationRequest request) {
        Set<Volser> all = new TreeSet<>(scan.sourceVolumes());
        all.addAll(request.targets());
        List<String> candidates = request.image() != null ? List.of(request.image().toUpperCase(java.util.Locale.ROOT))
                : services.monitors().images();
        for (String i : candidates) {
            if (!services.monitors().images().contains(i)) {
                problems.add("image " + i + " is not defined");
                return;
            }
            if (all.stream().allMatch(v -> services.monitors().imagesThatCanWrite(v).contains(i))) {
                image = i;
                return;
            }
        }
        problems.add(request.image() != null
                ? "image " + request.image() + " does not reach every source and target volume (or is down)"
                : "no image that is up reaches every source and target volume; bring the targets online to the "
                        + "images of the sources");
    }

    private void checkMonitors(SystemServices services) {
        Set<String> writers = new TreeSet<>();
        scan.sourceVolumes().forEach(v -> writers.addAll(services.monitors().imagesThatCanWrite(v)));
        for (String i : writers) {
            if (!services.monitors().canHostMonitor(i)) {
                problems.add(i + " can write source volumes but cannot host an I/O monitor, so the migration could "
                        + "not see its writes; take those volumes offline to " + i + " or enable the monitor there");
            }
        }
    }

    /** Plans every target, largest first, on copies of the targets' free space. */
    private void place(SystemServices services, MigrationRequest request, List<Reservation> reserved) {
        boolean vsam = scan.dataSets().values().stream().anyMatch(Selected::vsam);
        if (vsam) {
            request.targets().stream().filter(v -> !services.vvds().hasVvds(v)).forEach(vvdsVolumes::add);
        }
        TargetPlanner planner = new TargetPlanner(services, request.targets(), reserved);
        long freeBefore = planner.freeTracks().values().stream().mapToLong(Long::longValue).sum();
        reserveVvds(planner);
        List<Selected> order = new ArrayList<>(scan.dataSets().values());
        order.sort(Comparator.comparingLong(Selected::tracks).reversed().thenComparing(Selected::name));
        List<String> unplaced = new ArrayList<>();
        long unplacedTracks = 0;
        for (Selected s : order) {
            Optional<List<TargetPiece>> pieces = planner.place(s, (int) s.tracks(), List.of(), unplaced);
            pieces.ifPresent(p -> placements.put(s.name(), p));
            unplacedTracks += pieces.isPresent() ? 0 : s.tracks();
        }
        targetFree = planner.freeTracks();
        if (unplaced.size() > 1) {
            problems.add(shortfall(unplaced.size(), order.size(), unplacedTracks, freeBefore));
        }
        problems.addAll(unplaced);
    }

    /** The whole shortfall in one line, before the data sets that do not fit are named one by one. */
    private String shortfall(int unplaced, int selected, long unplacedTracks, long freeBefore) {
        long selectedTracks = scan.dataSets().values().stream().mapToLong(Selected::tracks).sum();
        long vvdsTracks = (long) vvdsVolumes.size() * io.dsmig.sim.volume.Volume.VVDS_TRACKS;
        long needed = selectedTracks + vvdsTracks;
        String needs = String.format(Locale.ROOT, "the selection needs %,d tracks%s and the targets have %,d free",
                selectedTracks, vvdsTracks == 0 ? "" : String.format(Locale.ROOT, " (and %,d for new VVDSs)", vvdsTracks),
                freeBefore);
        String why = needed > freeBefore ? String.format(Locale.ROOT, "%s: short by %,d tracks", needs, needed - freeBefore)
                : needs + ", but not in areas large enough";
        return String.format(Locale.ROOT, "%,d of %,d data sets (%,d tracks) cannot be placed on the targets: %s", unplaced,
                selected, unplacedTracks, why);
    }

    /** Plans each new VVDS first, exactly where allocating it before the targets will put it. */
    private void reserveVvds(TargetPlanner planner) {
        for (Volser v : vvdsVolumes) {
            planner.reserve(v, io.dsmig.sim.volume.Volume.VVDS_TRACKS);
        }
    }
}
