package io.dsmig.engine;

import io.dsmig.sim.InvariantViolation;
import io.dsmig.sim.World;
import io.dsmig.sim.app.Application;
import io.dsmig.sim.app.WriteLog;
import io.dsmig.sim.catalog.CatalogEntry;
import io.dsmig.sim.dataset.DataSet;
import io.dsmig.sim.name.DataSetName;
import io.dsmig.sim.name.Mask;
import io.dsmig.sim.name.Volser;
import io.dsmig.sim.track.TrackContent;
import io.dsmig.sim.vsam.VvdsRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The invariants of DESIGN §4 that a data-set-level migration must hold, checked from outside the
 * engine on one run of the property test:
 * <ol>
 * <li>until the switch no source track is written and the catalog is not changed (from the
 *     {@link RecordingServices} record: engine writes go to targets only, catalog alters only in the
 *     switch);</li>
 * <li>after the switch every migrated data set's target holds, track for track, what its source held
 *     when the last application closed it, with the same end of file and HURBA (checked when the reopen
 *     phase begins, before any application reopens);</li>
 * <li>every write acknowledged to an application reads back where the catalog now points;</li>
 * <li>an aborted run leaves no target allocation, no monitor and no catalog change;</li>
 * <li>all data sets switch at one instant or none does;</li>
 * <li>no target passes an extent limit, and the world's space accounting holds.</li>
 * </ol>
 *
 * <p>Every switched data set is checked, with no exemption: applications and churn jobs hold ENQs on
 * what they write, so a data set the migration holds cannot be written behind its back. A data set a
 * job creates and loads inside the window before reconciliation takes it in has its point in time at
 * that take, which is what the target is compared with.
 */
final class InvariantCheck {

    /** A selected data set as it stood when the downtime window opened. */
    private record Saved(DataSet dataSet, TrackContent[] tracks, VvdsRecord vvds) {
    }

    private static final Mask EVERYTHING = Mask.parse("**");

    private final World world;
    private final RecordingServices services;
    private final List<Volser> sources;
    private final List<Volser> targets;
    private final TreeSet<String> targetVtocBefore;
    private final List<String> violations = new ArrayList<>();
    private Map<DataSetName, Saved> atWindow;
    private boolean reopenChecked;
    private int compared;

    InvariantCheck(World world, RecordingServices services, List<Volser> sources, List<Volser> targets) {
        this.world = world;
        this.services = services;
        this.sources = sources;
        this.targets = targets;
        this.targetVtocBefore = Inspect.vtocNames(world, targets);
    }

    /** Switched data sets whose targets were compared with their sources at the reopen. */
    int compared() {
        return compared;
    }

    /** Takes the window snapshot and checks the targets at the reopen, as the migration's events come. */
    void watch(Migration m) {
        m.addListener(e -> {
            if (e.kind().equals("window") && e.phase() == Phase.CLOSE) {
                saveAtWindow("DSMIG:" + m.name());
            } else if (e.kind().equals("phase") && e.phase() == Phase.REOPEN) {
                checkAtReopen();
            }
        });
    }

    /** A refused migration changed nothing. */
    List<String> afterRefusal() {
        if (!services.changes().isEmpty()) {
            violations.add("a refused migration changed the system: " + services.changes().get(0));
        }
        if (!Inspect.vtocNames(world, targets).equals(targetVtocBefore)) {
            violations.add("a refused migration changed the target VTOCs");
        }
        checkWorld();
        return violations;
    }

    List<String> afterRun(Migration m, boolean keepSource) {
        checkEngineChanges(m);
        if (m.succeeded()) {
            checkCompleted(m, keepSource);
        } else {
            checkAborted();
        }
        if (!Inspect.monitoredImages(world).isEmpty()) {
            violations.add("invariant 4: monitors are left on " + Inspect.monitoredImages(world));
        }
        checkApplications();
        checkWorld();
        return violations;
    }

    /**
     * Saves, as the window opens, the data sets the migration holds enqueued then — those whose point
     * in time is this moment. (Data sets reconciliation takes in later have theirs at the reconcile.)
     */
    private void saveAtWindow(String holder) {
        atWindow = new TreeMap<>();
        for (CatalogEntry e : world.catalogs().matching(EVERYTHING)) {
            boolean held = world.applications().openRegistry().holders(e.name()).stream()
                    .anyMatch(h -> h.owner().equals(holder));
            if (held && e.type().hasVolumes()) {
                DataSet ds = world.dataSets().describe(e.name());
                atWindow.put(e.name(), new Saved(ds, Inspect.contents(world, ds), vvdsRecord(ds)));
            }
        }
    }

    /**
     * Invariant 2, at the moment the reopen begins: each switched data set's target holds what its
     * source held at its point in time — the window's opening for those held then (whose sources must
     * not have changed since), now for those reconciliation took in (held since).
     */
    private void checkAtReopen() {
        reopenChecked = true;
        if (atWindow == null) {
            violations.add("invariant 2: the reopen came without the downtime window opening");
            return;
        }
        for (RecordingServices.Change alter : services.changes("alter")) {
            DataSetName name = alter.dataSet();
            DataSet target = world.dataSets().describe(name);
            if (!targets.containsAll(target.volumes())) {
                violations.add("invariant 2: " + name + " is cataloged on " + target.volumes() + " after the switch");
                continue;
            }
            Saved saved = atWindow.get(name);
            List<Volser> sourceVolumes = saved != null ? saved.dataSet().volumes() : sourcesHolding(name);
            if (sourceVolumes.stream().noneMatch(v -> world.volumes().get(v).vtoc().contains(name))) {
                violations.add("invariant 2: the source of " + name + " on " + sourceVolumes + " is gone at the reopen");
                continue;
            }
            DataSet source = world.dataSets().describe(name, sourceVolumes);
            TrackContent[] sourceNow = Inspect.contents(world, source);
            if (saved != null) {
                String changed = Inspect.firstDifference(name, saved.tracks(), sourceNow);
                if (changed != null || saved.dataSet().usedTracks() != source.usedTracks()) {
                    violations.add("invariant 1: the source changed inside the window: "
                            + (changed != null ? changed : name + "'s end of file moved"));
                }
            }
            compare(name, saved != null ? saved.dataSet() : source, saved != null ? saved.tracks() : sourceNow,
                    saved != null ? saved.vvds() : vvdsRecord(source), target);
        }
    }

    private void compare(DataSetName name, DataSet source, TrackContent[] expected, VvdsRecord sourceRecord,
            DataSet target) {
        compared++;
        String difference = Inspect.firstDifference(name, expected, Inspect.contents(world, target));
        if (difference != null) {
            violations.add("invariant 2: the target differs from the source at close: " + difference);
        }
        if (source.usedTracks() != target.usedTracks()) {
            violations.add("invariant 2: " + name + " ends at " + target.usedTracks() + " tracks on the target, "
                    + source.usedTracks() + " on the source");
        }
        VvdsRecord targetRecord = vvdsRecord(target);
        if (sourceRecord != null && (targetRecord == null || sourceRecord.highUsedRba() != targetRecord.highUsedRba()
                || !sourceRecord.statistics().equals(targetRecord.statistics()))) {
            violations.add("invariant 2: " + name + " has HURBA " + (targetRecord == null ? "(no record)"
                    : targetRecord.highUsedRba() + " and " + targetRecord.statistics()) + " on the target, "
                    + sourceRecord.highUsedRba() + " and " + sourceRecord.statistics() + " on the source");
        }
    }

    private List<Volser> sourcesHolding(DataSetName name) {
        return sources.stream().filter(v -> world.volumes().get(v).vtoc().contains(name)).toList();
    }

    /** The data set's primary VVDS record, or null for a non-VSAM data set. */
    private VvdsRecord vvdsRecord(DataSet ds) {
        Volser first = ds.volumes().get(0);
        return world.volumes().get(first).vvds().flatMap(v -> v.find(ds.name())).orElse(null);
    }

    /** Invariants 1 and 5 from the record of what the engine changed. */
    private void checkEngineChanges(Migration m) {
        TreeSet<Long> alterTimes = new TreeSet<>();
        for (RecordingServices.Change c : services.changes()) {
            boolean onTarget = targets.contains(c.volser());
            switch (c.kind()) {
                case "write", "allocate", "extend", "release", "rename" -> {
                    if (!onTarget) {
                        violations.add("invariant 1: the engine did " + c.kind() + " on " + c.volser() + " in "
                                + c.phase() + (c.dataSet() == null ? "" : " (" + c.dataSet() + ")"));
                    }
                }
                case "scratch" -> {
                    // Source copies are scratched only after the window closes, in the SCRATCH phase.
                    if (!onTarget && !(m.succeeded() && c.phase() == Phase.SCRATCH)) {
                        violations.add("invariant 1: the engine scratched " + c.dataSet() + " on source " + c.volser()
                                + " in " + c.phase());
                    }
                }
                case "alter" -> {
                    alterTimes.add(c.timeNanos());
                    if (c.phase() != Phase.SWITCH) {
                        violations.add("invariant 1: the catalog entry of " + c.dataSet() + " was altered in " + c.phase());
                    }
                }
                default -> violations.add("unexpected change " + c);
            }
        }
        if (alterTimes.size() > 1) {
            violations.add("invariant 5: the catalog was switched at " + alterTimes.size() + " different times");
        }
        if (!m.succeeded() && !alterTimes.isEmpty()) {
            violations.add("invariant 4: an aborted migration altered the catalog");
        }
    }

    private void checkCompleted(Migration m, boolean keepSource) {
        if (!reopenChecked) {
            violations.add("invariant 2: the migration completed without a reopen phase");
        }
        MigrationReport.Verification v = m.report().verification();
        if (v != null && !v.passed()) {
            violations.add("verification failed: " + v.mismatches().get(0));
        }
        List<String> stray = Inspect.strayEntries(world, targets);
        if (!keepSource) {
            stray.addAll(Inspect.strayEntries(world, sources));
        }
        if (!stray.isEmpty()) {
            violations.add("uncataloged copies are left behind: " + stray);
        }
    }

    /** Invariant 4: no target allocation, no catalog entry on a target volume, nothing left on the sources. */
    private void checkAborted() {
        TreeSet<String> now = Inspect.vtocNames(world, targets);
        if (!now.equals(targetVtocBefore)) {
            TreeSet<String> added = new TreeSet<>(now);
            added.removeAll(targetVtocBefore);
            violations.add("invariant 4: an aborted migration left target VTOC entries " + added);
        }
        for (CatalogEntry e : world.catalogs().matching(EVERYTHING)) {
            if (e.volumes().stream().anyMatch(targets::contains)) {
                violations.add("invariant 4: " + e.name() + " is cataloged on " + e.volumes() + " after an abort");
            }
        }
        List<String> stray = Inspect.strayEntries(world, sources);
        if (!stray.isEmpty()) {
            violations.add("invariant 4: uncataloged entries are left on the sources: " + stray);
        }
    }

    /** Every application not failed and on an image that is up runs again. */
    private void checkApplications() {
        for (Application a : world.applications().all()) {
            if (a.image().isUp() && a.state() != Application.State.FAILED && a.state() != Application.State.RUNNING) {
                violations.add(a + " is not running again after the migration");
            }
        }
    }

    /** Invariants 3 and 6. */
    private void checkWorld() {
        WriteLog.Verification writes = world.verifyWrites();
        if (!writes.passed()) {
            violations.add("invariant 3: " + writes.mismatches().size() + " writes do not read back, the first: "
                    + writes.mismatches().get(0));
        }
        try {
            world.verify();
        } catch (InvariantViolation e) {
            violations.add("invariant 6: " + e.getMessage());
        }
        List<String> breaches = Inspect.extentLimitBreaches(world, targets);
        if (!breaches.isEmpty()) {
            violations.add("invariant 6: " + breaches);
        }
    }
}
