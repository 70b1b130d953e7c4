package io.dsmig.engine.internal;

import io.dsmig.engine.EngineTiming;
import io.dsmig.engine.HookContext;
import io.dsmig.engine.Migration;
import io.dsmig.engine.MigrationEvent;
import io.dsmig.engine.MigrationReport;
import io.dsmig.engine.MigrationRequest;
import io.dsmig.engine.MigrationStatus;
import io.dsmig.engine.Phase;
import io.dsmig.engine.TableEntry;
import io.dsmig.sim.Words;
import io.dsmig.sim.app.Holder;
import io.dsmig.sim.kernel.EventHandle;
import io.dsmig.sim.kernel.Kernel;
import io.dsmig.sim.kernel.Periodic;
import io.dsmig.sim.kernel.SimTime;
import io.dsmig.sim.name.DataSetName;
import io.dsmig.sim.name.Volser;
import io.dsmig.sim.services.ApplicationService.AppHandle;
import io.dsmig.sim.services.SystemServices;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One migration session: it runs the method of seed 002 as a chain of events on the kernel —
 * allocate, build the table, start monitors, copy, resync until the changed tracks are few, ask for
 * close, and in the downtime window resync, reconcile, fix metadata, switch the catalog and reopen.
 * Until the switch it can abort cleanly at any point.
 *
 * <p>It holds the migration's state and chains the steps up to the window. {@link Monitors} keeps the
 * I/O monitors on every image, {@link Convergence} decides after each resync pass whether to ask for
 * close (and words the pass and time limit stops), {@link DowntimeWindow} runs the window (with
 * {@link OfflineCopy} for the offline baseline), {@link Undo} cleans up after an abort, and
 * {@link Figures} keeps the measurements and builds the status and the report.
 */
public final class Session implements Migration {

    private final MigrationRequest request;
    private final SystemServices services;
    private final EngineTiming timing;
    private final Kernel kernel;
    private final String image;
    private final Recorder recorder;
    private final Function<Session, List<Reservation>> plannedByOthers;
    private final Set<Volser> vvdsCreated = new TreeSet<>();
    private Assessment assessment;
    private boolean allocated;
    private final TranslateTable table = new TranslateTable();
    private final Targets targets;
    private final TreeMap<DataSetName, Selected> snapshot;
    private final Set<DataSetName> excluded = new TreeSet<>();
    private final Monitors monitors;
    private final Copier copier;
    private final ClosedApplications closedApplications;
    private final Serialization serialization;
    private final HookContext hookContext;
    private final DowntimeWindow window;
    private final Figures figures = new Figures(this);
    private final Convergence convergence = new Convergence(this, figures);
    private Copier.Job job;
    private Periodic resyncTimer;
    private EventHandle timeLimitTimer;
    private long writtenAtLaunch;
    private boolean passRunning;
    private boolean switched;
    private boolean stopping;
    private String failure;
    private int passes;

    /**
     * @param plannedByOthers the target space the engine's other migrations have planned and not yet
     *                        allocated, which this one's placements must leave alone
     */
    Session(MigrationRequest request, SystemServices services, EngineTiming timing, String image, Assessment assessment,
            Function<Session, List<Reservation>> plannedByOthers, boolean clearAfterRead) {
        this.request = request;
        this.services = services;
        this.timing = timing;
        this.kernel = services.kernel();
        this.image = image;
        this.assessment = assessment;
        this.plannedByOthers = plannedByOthers;
        this.recorder = new Recorder(kernel);
        this.closedApplications = new ClosedApplications(services, recorder);
        this.targets = new Targets(services);
        this.snapshot = new TreeMap<>(assessment.scan().dataSets());
        this.monitors = new Monitors(this, table);
        this.copier = new Copier(services, image, request.options().copyDepth(), request.options().chunkTracksMax(),
                this::copied, clearAfterRead);
        this.serialization = new Serialization(services.enq(), new Holder(image, "DSMIG:" + request.name()));
        this.hookContext = new Hooks(this);
        this.window = new DowntimeWindow(this);
    }

    // Accessors for the phases' helpers.

    MigrationRequest request() {
        return request;
    }

    SystemServices services() {
        return services;
    }

    EngineTiming timing() {
        return timing;
    }

    Kernel kernel() {
        return kernel;
    }

    Recorder recorder() {
        return recorder;
    }

    TranslateTable translateTable() {
        return table;
    }

    Targets targets() {
        return targets;
    }

    TreeMap<DataSetName, Selected> snapshot() {
        return snapshot;
    }

    Set<DataSetName> excluded() {
        return excluded;
    }

    HookContext hookContext() {
        return hookContext;
    }

    boolean stopping() {
        return stopping;
    }

    String image() {
        return image;
    }

    Assessment assessment() {
        return assessment;
    }

    boolean switched() {
        return switched;
    }

    Monitors monitors() {
        return monitors;
    }

    Figures figures() {
        return figures;
    }

    Copier copier() {
        return copier;
    }

    Serialization serialization() {
        return serialization;
    }

    ClosedApplications closedApplications() {
        return closedApplications;
    }

    /** The VVDSs this migration created on its targets (scratched on abort when empty). */
    Set<Volser> vvdsCreated() {
        return vvdsCreated;
    }

    /** Whether a resync pass (before close, or while waiting for it) is copying now. */
    boolean passRunning() {
        return passRunning;
    }

    /** The changed-track writes the monitors had seen when the running job was launched. */
    long writtenAtLaunch() {
        return writtenAtLaunch;
    }

    DowntimeWindow window() {
        return window;
    }

    /** The copy job running now, or the last one; null before the first. */
    Copier.Job job() {
        return job;
    }

    // The method, step by step.

    /** Starts the session (the assessment has passed): allocation first. */
    void begin() {
        figures.startedNanos = kernel.nowNanos();
        recorder.enter(Phase.ASSESS, Words.count(snapshot.size(), "data set") + ", "
                + Words.count(assessment.tracks(), "track") + ", on "
                + Words.count(assessment.scan().sourceVolumes().size(), "source volume"));
        assessment.scan().warnings().forEach(w -> recorder.event("warning", w));
        timeLimitTimer = kernel.schedule(request.options().timeLimitNanos(), convergence::timeLimitReached);
        if (request.options().offline()) {
            requestClose();
            return;
        }
        recorder.enter(Phase.ALLOCATE, "allocating " + snapshot.size() + " targets, uncataloged, on "
                + request.targets());
        Assessment now = assessment.placedAgain(services, request, plannedByOthers());
        if (!now.problems().isEmpty()) {
            int more = now.problems().size() - 1;
            abortNow("allocating targets failed: the targets no longer have the room planned at the start: "
                    + now.problems().get(0) + (more == 0 ? "" : String.format(Locale.ROOT, " (and %d more problem%s)",
                            more, more == 1 ? "" : "s")));
            return;
        }
        assessment = now;
        if (!allocate(assessment, snapshot)) {
            return;
        }
        kernel.post((long) snapshot.size() * timing.allocateNanosPerDataSet(), this::buildTable);
    }

    /**
     * Allocates the target of each of {@code dataSets} where {@code placed} planned it (a new VVDS
     * first where one is needed); on a refusal aborts and returns false.
     */
    boolean allocate(Assessment placed, Map<DataSetName, Selected> dataSets) {
        allocated = true;
        try {
            placed.vvdsVolumes().forEach(this::ensureVvds);
            placed.placements().forEach((name, pieces) -> {
                if (dataSets.containsKey(name)) {
                    targets.allocate(dataSets.get(name), pieces);
                }
            });
        } catch (RuntimeException e) {
            abortNow("allocating targets failed: " + describe(e));
            return false;
        }
        return true;
    }

    /** Creates the VVDS of a target volume that has none, remembering it so that an abort scratches it. */
    private void ensureVvds(Volser v) {
        if (!services.vvds().hasVvds(v)) {
            services.vvds().ensureVvds(v);
            vvdsCreated.add(v);
        }
    }

    /** The target space the engine's other migrations have planned and not allocated yet. */
    List<Reservation> plannedByOthers() {
        return plannedByOthers.apply(this);
    }

    /**
     * The target space this migration has planned and not allocated yet: its placements from the
     * start until it allocates (at once, or inside the window when offline); none once it has, or
     * once it is stopping.
     */
    List<Reservation> plannedNotAllocated() {
        if (allocated || stopping || finished()) {
            return List.of();
        }
        List<Reservation> list = new ArrayList<>();
        assessment.placements().values().forEach(pieces -> pieces.forEach(p -> list.add(new Reservation(name(), p))));
        return list;
    }

    private void buildTable() {
        if (stopping) {
            return;
        }
        recorder.enter(Phase.TABLE, "building the translate table and saving the metadata snapshot");
        for (Selected s : snapshot.values()) {
            table.add(s.name(), s.dataSet().extents(), targets.pieces(s.name()));
        }
        figures.tracksToCopy = table.trackCount();
        recorder.event("table", String.format(Locale.ROOT, "%,d entries for %,d tracks", table.entries().size(),
                figures.tracksToCopy));
        startMonitors();
    }

    private void startMonitors() {
        recorder.enter(Phase.MONITOR, "starting I/O monitors");
        if (!monitors.start()) {
            return;
        }
        startCopy();
    }

    private void startCopy() {
        recorder.enter(Phase.COPY, String.format(Locale.ROOT, "copying %,d tracks from %d source volumes",
                figures.tracksToCopy, table.sources().size()));
        figures.copyStartedNanos = kernel.nowNanos();
        launch(copier.bulk(table.sources(), this::copyDone, this::ioFailed));
    }

    /** Keeps {@code next} as the running job, then starts it (it may finish at once, with nothing to copy). */
    void launch(Copier.Job next) {
        job = next;
        writtenAtLaunch = monitors.written();
        next.start();
    }

    private void copyDone(Copier.Job bulk) {
        if (stopping) {
            return;
        }
        figures.copyEndedNanos = kernel.nowNanos();
        figures.copiedBulk = bulk.tracks();
        long nanos = figures.copyEndedNanos - figures.copyStartedNanos;
        recorder.event("copy", String.format(Locale.ROOT, "copied %,d tracks in %s (%,.0f tracks/s)",
                figures.copiedBulk, SimTime.format(nanos), figures.copyRate()));
        recorder.enter(Phase.RESYNC, "resyncing changed tracks");
        resyncPass(convergence::afterPass);
    }

    /** One resync pass over every source volume; {@code then} runs when it has copied what was changed. */
    void resyncPass(Runnable then) {
        passRunning = true;
        long writtenBefore = monitors.written();
        int number = nextPassNumber();
        launch(copier.resync(table.sources(), "resync", pass -> {
            passRunning = false;
            if (stopping) {
                return;
            }
            long tracks = pass.tracks();
            long duration = pass.durationNanos();
            recorder.pass(number, "resync", pass.startedNanos(), tracks);
            if (duration > 0) {
                figures.lastChangeRate = (monitors.written() - writtenBefore) * 1e9 / duration;
                figures.lastCopyRate = tracks * 1e9 / duration;
            }
            recorder.pending(table.pending());
            recorder.event("resync", String.format(Locale.ROOT, "pass %d copied %,d tracks in %s; %,d changed since",
                    number, tracks, SimTime.format(duration), table.pending()));
            then.run();
        }, this::ioFailed));
    }

    /** Asks for close: by the close hook, then waits for the exclusive ENQs on every data set. */
    void requestClose() {
        recorder.enter(Phase.CLOSE, request.options().offline() ? "offline copy: asking for close first"
                : String.format(Locale.ROOT, "%,d changed tracks are below the threshold of %,d; asking for close",
                        table.pending(), request.options().closeThresholdTracks()));
        figures.closeRequestedNanos = kernel.nowNanos();
        timeLimitTimer.cancel();
        for (AppHandle app : hookContext.holders()) {
            closedApplications.add(app.name());
        }
        try {
            request.closeHook().requestClose(hookContext);
        } catch (RuntimeException e) {
            abortNow("the close hook failed: " + describe(e));
            return;
        }
        if (!request.options().offline()) {
            resyncTimer = kernel.every(request.options().resyncIntervalNanos(), this::resyncWhileWaiting);
        }
        kernel.post(request.options().closeTimeoutNanos(), () -> {
            if (recorder.phase() == Phase.CLOSE && !stopping && figures.windowStartNanos < 0) {
                abortNow("the data sets were not all closed within " + SimTime.format(request.options()
                        .closeTimeoutNanos()) + "; still open: " + openHolders());
            }
        });
        serialization.awaitAll(snapshot.keySet(), this::allClosed);
    }

    private void resyncWhileWaiting() {
        if (!passRunning && recorder.phase() == Phase.CLOSE && !stopping) {
            resyncPass(this::afterWaitingPass);
        }
    }

    /**
     * The downtime window opens the moment the migration holds every data set exclusively, that is
     * when the last application or job holding one has let go. A resync pass still running then is
     * finished as part of the final resync.
     */
    private void allClosed() {
        if (recorder.phase() != Phase.CLOSE || stopping || figures.windowStartNanos >= 0) {
            return;
        }
        window.open();
    }

    /** A pass run while waiting for close has ended: go on waiting, or finish the final resync. */
    private void afterWaitingPass() {
        if (figures.windowStartNanos >= 0) {
            window.finalResync();
        }
    }

    private String openHolders() {
        Set<String> open = new TreeSet<>();
        for (DataSetName name : snapshot.keySet()) {
            services.enq().holders(name).forEach(h -> open.add(name + " (" + h + ")"));
        }
        return open.size() > 5 ? String.join(", ", List.copyOf(open).subList(0, 5)) + " and " + (open.size() - 5)
                + " more" : String.join(", ", open);
    }

    // Helpers for the phases.

    /** The number of the next pass (resync, final, window or a one-time copy), counting from 1. */
    int nextPassNumber() {
        return ++passes;
    }

    /** Stops the resyncs while waiting for close (the window has opened, or the migration stops). */
    void cancelResyncTimer() {
        if (resyncTimer != null) {
            resyncTimer.cancel();
        }
    }

    /** The catalog points at the targets now: nothing is left to undo. */
    void markSwitched() {
        switched = true;
    }

    /** Copies entries once (reconciliation), then runs {@code done}. */
    void copyOnce(List<TableEntry> entries, String kind, Runnable done) {
        int number = nextPassNumber();
        launch(copier.entries(table, entries, kind, once -> {
            if (stopping) {
                return;
            }
            recorder.pass(number, kind, once.startedNanos(), once.tracks());
            done.run();
        }, this::ioFailed));
    }

    /** Time to read the selection's metadata again: the source VTOCs in parallel, the catalog, the comparison. */
    long scanNanos() {
        long vtoc = 0;
        for (SourceTracks s : table.sources()) {
            vtoc = Math.max(vtoc, services.vtoc().vtocTracks(s.volser) * 1_000_000L);
        }
        long catalog = (long) Math.ceil((double) snapshot.size() / timing.catalogRecordsPerCi()) * timing.catalogCiReadNanos()
                / 12;
        return vtoc + catalog + snapshot.size() * timing.compareNanosPerDataSet();
    }

    private void copied(TableEntry entry, int first, int count, String kind) {
        recorder.chunk(entry.dataSet());
    }

    void ioFailed(String reason) {
        abortNow("a copy I/O failed: " + reason);
    }

    String describe(RuntimeException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    // Abort.

    /**
     * Aborts at the next event boundary, so that the phase running now is never cut halfway through
     * its own code; after the switch there is nothing to undo and this does nothing.
     */
    @Override
    public void abort(String reason) {
        kernel.post(0, () -> abortNow(reason));
    }

    /** Aborts now: for the session's own code paths, which return right after calling it. */
    void abortNow(String reason) {
        if (switched || stopping || recorder.phase() != null && recorder.phase().terminal()) {
            return;
        }
        stopping = true;
        failure = reason;
        recorder.event("abort", reason);
        if (job != null) {
            job.stop();
        }
        cancelResyncTimer();
        if (timeLimitTimer != null) {
            timeLimitTimer.cancel();
        }
        new Undo(this).run();
    }

    /**
     * Inside the window, takes a data set reconciliation is about to bring in (added, reallocated or
     * renamed) exclusively until the window closes, so that no job can change it between its copy and
     * the switch; false when somebody else holds it now (a job still loading it), and it must stay on
     * the source. While mirroring it takes nothing: the window requests the whole snapshot.
     */
    boolean serialize(DataSetName name) {
        return figures.windowStartNanos < 0 || serialization.take(name);
    }

    /** Who holds {@code name} now besides the migration, in words. */
    String holdersOf(DataSetName name) {
        return serialization.holdersOf(name);
    }

    // The Migration interface.

    @Override
    public String name() {
        return request.name();
    }

    @Override
    public Phase phase() {
        return recorder.phase() == null ? Phase.ASSESS : recorder.phase();
    }

    @Override
    public boolean finished() {
        return phase().terminal();
    }

    @Override
    public boolean succeeded() {
        return phase() == Phase.DONE;
    }

    @Override
    public String failure() {
        return failure;
    }

    @Override
    public MigrationStatus status() {
        return figures.status();
    }

    @Override
    public MigrationReport report() {
        return figures.report();
    }

    @Override
    public List<MigrationEvent> events() {
        return recorder.events();
    }

    @Override
    public List<TableEntry> table() {
        return table.entries();
    }

    @Override
    public void addListener(Consumer<MigrationEvent> listener) {
        recorder.addListener(listener);
    }

    @Override
    public String toString() {
        return "migration " + name() + " (" + phase().words() + ")";
    }
}
