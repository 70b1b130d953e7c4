package io.dsmig.engine.internal;

import io.dsmig.engine.ChangeKind;
import io.dsmig.engine.Decision;
import io.dsmig.engine.ReconcileAction;
import io.dsmig.engine.ReconcileChange;
import io.dsmig.engine.TableEntry;
import io.dsmig.sim.dataset.VolumeExtent;
import io.dsmig.sim.name.DataSetName;
import io.dsmig.sim.name.Volser;
import io.dsmig.sim.space.Extent;
import io.dsmig.sim.volume.ExtentBudget;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Accommodates allocation changes made since the metadata snapshot (step k of the method): reads the
 * selection's metadata again, finds the changes ({@link Changes}), asks the reconcile hook about each,
 * frees target space first, then renames, then allocates and copies (one-time table), and updates the
 * snapshot. Run inside the downtime window, and — when asked — at each resync pass while mirroring.
 */
final class Reconciler {

    private final Session session;
    private final boolean inWindow;
    private final List<TableEntry> toCopy = new ArrayList<>();
    private final TargetPlanner planner;
    private int dadsmCalls;
    private String abortReason;

    Reconciler(Session session, boolean inWindow) {
        this.session = session;
        this.inWindow = inWindow;
        this.planner = new TargetPlanner(session.services(), session.request().targets(), session.plannedByOthers());
    }

    /** Scans (taking the time a scan takes), applies the changes, copies what they need, then runs {@code done}. */
    void run(Runnable done) {
        session.kernel().post(session.scanNanos(), () -> {
            if (session.stopping()) {
                return;
            }
            SelectionScan scan = SelectionScan.of(session.services(), session.request().selection(), false);
            TreeMap<DataSetName, Selected> now = new TreeMap<>(scan.dataSets());
            session.excluded().forEach(now::remove);
            List<Changes.Found> found = Changes.between(session.snapshot(), now);
            List<Decided> decided = decide(found);
            if (abortReason != null) {
                session.abortNow(abortReason);
                return;
            }
            try {
                decided.forEach(d -> free(d, scan));
                decided.forEach(d -> allocate(d, scan));
            } catch (RuntimeException e) {
                // A DADSM request the plan could not foresee was refused (a name already on a target,
                // say): stop cleanly rather than let the exception out of the simulation's run loop.
                session.abortNow("reconciling allocation changes failed: " + session.describe(e));
                return;
            }
            session.monitors().ensure();
            long dadsm = dadsmCalls * session.timing().allocateNanosPerDataSet();
            session.kernel().post(dadsm, () -> copy(done));
        });
    }

    private record Decided(Changes.Found found, Decision decision) {
        ReconcileChange change() {
            return found.change();
        }
    }

    private List<Decided> decide(List<Changes.Found> found) {
        List<Decided> list = new ArrayList<>();
        for (Changes.Found f : found) {
            Decision d;
            try {
                d = session.request().reconcileHook().decide(f.change(), session.hookContext());
            } catch (RuntimeException e) {
                abortReason = "the reconcile hook failed on " + f.change() + ": " + session.describe(e);
                return list;
            }
            if (d == null) {
                d = Decision.accept();
            }
            if (d.kind() == Decision.Kind.ABORT) {
                abortReason = "the reconcile hook aborted on " + f.change() + ": " + d.reason();
                return list;
            }
            list.add(new Decided(f, d));
        }
        return list;
    }

    /** First pass: everything that gives target space back. */
    private void free(Decided d, SelectionScan scan) {
        ReconcileChange c = d.change();
        DataSetName name = c.dataSet();
        boolean exclude = d.decision().kind() == Decision.Kind.EXCLUDE;
        switch (c.kind()) {
            case DELETED -> {
                long tracks = dropTarget(name);
                session.snapshot().remove(name);
                record(d, "target scratched (" + tracks + " tracks freed)");
            }
            case SPACE_RELEASED -> {
                if (exclude) {
                    excludeNow(d, name);
                    return;
                }
                int keep = (int) c.tracksNow();
                session.targets().release(name, keep).forEach(p -> planner.release(p.volser(), p.extents()));
                dadsmCalls++;
                session.translateTable().truncate(name, keep);
                session.snapshot().put(name, d.found().now());
                record(d, "released target space to " + keep + " tracks");
            }
            case PERSISTENT, RENAMED, EXTENTS_ADDED -> {
                if (exclude) {
                    excludeNow(d, name);
                } else if (c.kind() == ChangeKind.PERSISTENT) {
                    dropTarget(name);
                    session.snapshot().remove(name);
                }
            }
            default -> {
            }
        }
    }

    /** Second pass: renames, then everything that needs target space (larger data sets first). */
    private void allocate(Decided d, SelectionScan scan) {
        ReconcileChange c = d.change();
        if (d.decision().kind() == Decision.Kind.EXCLUDE) {
            if (c.kind() == ChangeKind.ADDED) {
                session.excluded().add(c.dataSet());
                record(d, "not migrated: " + d.decision().reason());
            }
            return;
        }
        switch (c.kind()) {
            case RENAMED -> rename(d);
            case ADDED -> added(d, scan);
            case PERSISTENT -> placeAndCopy(d, "target reallocated on %s and copied in full (%d tracks)");
            case EXTENTS_ADDED -> extentsAdded(d);
            default -> {
            }
        }
    }

    private void rename(Decided d) {
        DataSetName from = d.change().dataSet();
        DataSetName to = d.found().now().name();
        if (!session.serialize(to)) {
            dropTarget(from);
            session.snapshot().remove(from);
            session.excluded().add(to);
            record(d, "not migrated, it stays on the source: " + to + " is in use by " + session.holdersOf(to));
            return;
        }
        session.targets().rename(from, to);
        dadsmCalls++;
        session.translateTable().rename(from, to);
        session.snapshot().remove(from);
        session.snapshot().put(to, d.found().now());
        record(d, "target renamed to " + to);
    }

    private void added(Decided d, SelectionScan scan) {
        List<Volser> outside = scan.outsideSources(d.found().now());
        if (!outside.isEmpty()) {
            session.excluded().add(d.change().dataSet());
            record(d, "not migrated: it has space on " + outside + " outside the source volumes");
            return;
        }
        placeAndCopy(d, "allocated on %s and copied (%d tracks)");
    }

    private void placeAndCopy(Decided d, String what) {
        Selected now = d.found().now();
        if (!session.serialize(now.name())) {
            session.excluded().add(now.name());
            record(d, "not migrated, it stays on the source: it is in use by " + session.holdersOf(now.name()));
            return;
        }
        List<String> problems = new ArrayList<>();
        Optional<List<TargetPiece>> pieces = planner.place(now, (int) now.tracks(), d.decision().volumes(), problems);
        if (pieces.isEmpty()) {
            session.excluded().add(now.name());
            record(d, "not migrated, it stays on the source: " + problems.get(0));
            return;
        }
        session.targets().allocate(now, pieces.get());
        dadsmCalls++;
        toCopy.addAll(session.translateTable().add(now.name(), now.dataSet().extents(), pieces.get()));
        session.snapshot().put(now.name(), now);
        List<Volser> on = pieces.get().stream().map(TargetPiece::volser).toList();
        record(d, String.format(what, on, now.tracks()));
    }

    /**
     * A data set took new extents: its new source tracks go first into what the target holds beyond
     * the source's old size (cylinder-managed space is allocated in 21-cylinder units, so a target
     * there may be larger than its source), then into new target extents, on the same volume if it
     * can grow there, else on another target for a multi-volume data set, else the target is
     * allocated again whole.
     */
    private void extentsAdded(Decided d) {
        Selected before = d.found().before();
        Selected now = d.found().now();
        DataSetName name = now.name();
        List<VolumeExtent> added = now.dataSet().extents().subList(before.dataSet().extentCount(),
                now.dataSet().extentCount());
        int tracks = added.stream().mapToInt(VolumeExtent::trackCount).sum();
        int mapped = (int) before.tracks();
        List<TargetPiece> newPieces = new ArrayList<>(spare(session.targets().pieces(name), mapped, tracks));
        int spareTracks = newPieces.stream().mapToInt(TargetPiece::tracks).sum();
        if (spareTracks < tracks) {
            Optional<List<TargetPiece>> grown = grow(now, tracks - spareTracks);
            if (grown.isEmpty()) {
                reallocateWhole(d);
                return;
            }
            dadsmCalls++;
            newPieces.addAll(grown.get());
        }
        toCopy.addAll(session.translateTable().append(name, added, newPieces, mapped));
        session.snapshot().put(name, now);
        record(d, spareTracks >= tracks
                ? "target had the room already (cylinder-managed space comes in 21-cylinder units), " + tracks
                        + " tracks copied"
                : "target extended on " + newPieces.get(newPieces.size() - 1).volser() + ", " + tracks
                        + " tracks copied");
    }

    /**
     * The target's allocated tracks from relative track {@code from}, at most {@code count} of them:
     * space the target already has beyond what its source used to hold.
     */
    static List<TargetPiece> spare(List<TargetPiece> pieces, int from, int count) {
        List<TargetPiece> spare = new ArrayList<>();
        int offset = 0;
        for (TargetPiece piece : pieces) {
            List<Extent> part = new ArrayList<>();
            for (Extent e : piece.extents()) {
                int first = Math.max(from, offset);
                int end = Math.min(offset + e.trackCount(), from + count);
                if (first < end) {
                    part.add(new Extent(e.firstTrack() + first - offset, end - first));
                }
                offset += e.trackCount();
            }
            if (!part.isEmpty()) {
                spare.add(new TargetPiece(piece.volser(), part));
            }
        }
        return spare;
    }

    /** New target extents for {@code tracks} more tracks, or empty when the target must be allocated again. */
    private Optional<List<TargetPiece>> grow(Selected now, int tracks) {
        DataSetName name = now.name();
        List<TargetPiece> existing = session.targets().pieces(name);
        TargetPiece last = existing.get(existing.size() - 1);
        int targetExtents = existing.stream().mapToInt(p -> p.extents().size()).sum();
        ExtentBudget budget = ExtentBudget.of(now.dataSet().dsorg(), now.dataSet().extentConstraintRemoval(),
                last.extents().size(), targetExtents);
        int align = now.dataSet().space().alignmentTracks();
        Optional<List<Extent>> more = planner.extend(last.volser(), tracks, align, budget);
        if (more.isPresent()) {
            return Optional.of(session.targets().extend(now, last.volser(), more.get()));
        }
        if (!now.dataSet().dsorg().multiVolume()) {
            return Optional.empty();
        }
        List<String> problems = new ArrayList<>();
        List<Volser> others = session.request().targets().stream().filter(v -> !v.equals(last.volser())).toList();
        Optional<List<TargetPiece>> elsewhere = others.isEmpty() ? Optional.empty()
                : planner.place(now, tracks, others, problems).filter(p -> p.size() == 1);
        return elsewhere.map(p -> session.targets().extend(now, p.get(0).volser(), p.get(0).extents()));
    }

    /** The target cannot grow where it is: scratch it and place the whole data set again. */
    private void reallocateWhole(Decided d) {
        DataSetName name = d.found().now().name();
        dropTarget(name);
        session.snapshot().remove(name);
        placeAndCopy(d, "target could not grow in place; reallocated on %s and copied in full (%d tracks)");
    }

    private void excludeNow(Decided d, DataSetName name) {
        dropTarget(name);
        session.snapshot().remove(name);
        session.excluded().add(name);
        record(d, "excluded: " + d.decision().reason() + "; it stays on the source");
    }

    private long dropTarget(DataSetName name) {
        long tracks = 0;
        for (TargetPiece p : session.targets().scratch(name)) {
            planner.release(p.volser(), p.extents());
            tracks += p.tracks();
            dadsmCalls++;
        }
        session.translateTable().remove(name);
        return tracks;
    }

    private void copy(Runnable done) {
        if (session.stopping()) {
            return;
        }
        if (toCopy.isEmpty()) {
            done.run();
            return;
        }
        session.copyOnce(toCopy, inWindow ? "window" : "reconcile", done);
    }

    private void record(Decided d, String action) {
        session.recorder().action(new ReconcileAction(d.change(), d.decision(), action, session.kernel().nowNanos(),
                inWindow));
    }
}
