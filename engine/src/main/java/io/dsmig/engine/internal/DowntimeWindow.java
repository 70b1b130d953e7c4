package io.dsmig.engine.internal;

import io.dsmig.engine.MigrationReport.Verification;
import io.dsmig.engine.Phase;
import io.dsmig.sim.Words;
import io.dsmig.sim.kernel.Kernel;
import io.dsmig.sim.kernel.SimTime;
import io.dsmig.sim.name.DataSetName;
import io.dsmig.sim.name.Volser;
import io.dsmig.sim.services.SystemServices;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The downtime window, from the moment the migration holds every data set exclusively: the final
 * resync (or, offline, the whole {@link OfflineCopy}), reconciliation and a copy of what it left
 * flagged, fixing the targets' metadata, the catalog switch and the reopen signal; then, the window
 * closed, scratching the sources and reporting the verification. Each step is an event on the kernel
 * that does nothing once the migration is stopping; {@link WindowWork} does the metadata work itself.
 */
final class DowntimeWindow {

    private final Session session;
    private final SystemServices services;
    private final Kernel kernel;
    private final Recorder recorder;
    private final Figures figures;
    private final TranslateTable table;

    DowntimeWindow(Session session) {
        this.session = session;
        this.services = session.services();
        this.kernel = session.kernel();
        this.recorder = session.recorder();
        this.figures = session.figures();
        this.table = session.translateTable();
    }

    /**
     * Opens the window: no more resyncs while waiting, then the final resync, which waits for a pass
     * still copying to finish first (offline, the copy of everything instead).
     */
    void open() {
        figures.windowStartNanos = kernel.nowNanos();
        figures.pendingAtClose = table.pending();
        session.cancelResyncTimer();
        recorder.event("window", String.format(Locale.ROOT, "every data set is closed; the downtime window opens with "
                + "%,d changed tracks%s", figures.pendingAtClose,
                session.passRunning() ? " and a resync pass still copying" : ""));
        if (session.request().options().offline()) {
            new OfflineCopy(session).run();
            return;
        }
        recorder.enter(Phase.FINAL_RESYNC, "final resync");
        if (!session.passRunning()) {
            finalResync();
        }
    }

    /** Copies what is still changed; the window is open, so nothing changes any more. */
    void finalResync() {
        int number = session.nextPassNumber();
        session.launch(session.copier().resync(table.sources(), "final", pass -> {
            if (session.stopping()) {
                return;
            }
            recorder.pass(number, "final", pass.startedNanos(), pass.tracks());
            recorder.pending(table.pending());
            figures.finalResyncNanos = kernel.nowNanos() - figures.windowStartNanos;
            reconcile();
        }, session::ioFailed));
    }

    private void reconcile() {
        recorder.enter(Phase.RECONCILE, "reconciling allocation changes since the snapshot");
        long start = kernel.nowNanos();
        new Reconciler(session, true).run(() -> copyWhatReconcileLeft(start));
    }

    /**
     * Nothing the migration holds changes inside the window, so after the final resync no track should
     * be flagged. One can be when a job allocated a data set under a name the migration did not hold,
     * exactly in the space of one deleted since the snapshot and with its attributes — reconciliation
     * takes that for a rename — and wrote it: those tracks are copied before the switch, as part of
     * the reconciliation.
     */
    private void copyWhatReconcileLeft(long reconcileStart) {
        if (session.stopping()) {
            return;
        }
        long left = table.pending();
        if (left == 0) {
            figures.reconcileNanos = kernel.nowNanos() - reconcileStart;
            fixMetadata();
            return;
        }
        recorder.event("resync", String.format(Locale.ROOT, "%,d changed tracks remain after reconciliation (written "
                + "inside the window in space a data set of another name took over); copying them before the switch",
                left));
        int number = session.nextPassNumber();
        session.launch(session.copier().resync(table.sources(), "window", pass -> {
            if (session.stopping()) {
                return;
            }
            recorder.pass(number, "window", pass.startedNanos(), pass.tracks());
            figures.reconcileNanos = kernel.nowNanos() - reconcileStart;
            fixMetadata();
        }, session::ioFailed));
    }

    /** Sets the targets' VTOC and VVDS fields from the sources, then switches the catalog. */
    void fixMetadata() {
        if (session.stopping()) {
            return;
        }
        recorder.enter(Phase.FIX_METADATA, "setting end-of-file pointers, dates, HURBA and statistics on the targets");
        try {
            figures.fixMetadataNanos = new WindowWork(session).fixMetadata();
        } catch (RuntimeException e) {
            session.abortNow("fixing target metadata failed: " + session.describe(e));
            return;
        }
        kernel.post(figures.fixMetadataNanos, this::switchCatalog);
    }

    private void switchCatalog() {
        if (session.stopping()) {
            return;
        }
        Map<DataSetName, Selected> snapshot = session.snapshot();
        recorder.enter(Phase.SWITCH, "pointing the catalog at the targets for " + Words.count(snapshot.size(), "data set"));
        WindowWork work = new WindowWork(session);
        figures.sourcesAtSwitch = new TreeMap<>();
        snapshot.forEach((n, s) -> figures.sourcesAtSwitch.put(n, s.dataSet().volumes()));
        List<String> problems = new ArrayList<>();
        long cost = work.switchCatalog(problems);
        if (cost < 0) {
            session.abortNow("the catalog could not be switched, so nothing was: " + String.join("; ", problems));
            return;
        }
        session.markSwitched();
        figures.catalogNanos = cost;
        session.monitors().removeAll();
        if (session.request().options().verify()) {
            figures.verification = work.verify(figures.sourcesAtSwitch);
        }
        kernel.post(cost, this::reopen);
    }

    private void reopen() {
        ClosedApplications closed = session.closedApplications();
        recorder.enter(Phase.REOPEN, "signalling " + closed.count() + (closed.count() == 1 ? " application" : " applications")
                + " to reopen");
        closed.reopenAll();
        figures.reopenNanos = closed.count() * session.timing().signalNanos();
        kernel.post(figures.reopenNanos, this::closed);
    }

    /** The window is over: release the data sets, then scratch the source copies (unless kept). */
    private void closed() {
        figures.windowEndNanos = kernel.nowNanos();
        session.serialization().releaseAll();
        recorder.event("window", "the downtime window closes after "
                + SimTime.format(figures.windowEndNanos - figures.windowStartNanos));
        boolean keep = session.request().options().keepSource();
        recorder.enter(Phase.SCRATCH, keep ? "keeping the source copies" : "scratching the source copies");
        if (keep) {
            recorder.event("source", "the source copies are kept, uncataloged");
            afterScratch();
            return;
        }
        int scratched = 0;
        for (Map.Entry<DataSetName, List<Volser>> e : figures.sourcesAtSwitch.entrySet()) {
            scratched += scratchSource(e.getKey(), e.getValue());
        }
        recorder.event("source", "scratched " + Words.count(scratched, "source copy", "source copies"));
        kernel.post(scratched * session.timing().allocateNanosPerDataSet() / 2, this::afterScratch);
    }

    /** Scratches the pieces of {@code name} still on {@code volumes}; returns how many. */
    private int scratchSource(DataSetName name, List<Volser> volumes) {
        int scratched = 0;
        for (Volser v : volumes) {
            if (services.vtoc().find(v, name).isPresent()) {
                services.space().scratch(v, name);
                scratched++;
            }
        }
        return scratched;
    }

    private void afterScratch() {
        Verification verification = figures.verification;
        if (verification != null) {
            recorder.enter(Phase.VERIFY, "comparing every target track with the source as it was at close");
            recorder.event("verify", verification.passed()
                    ? Words.count(verification.tracksCompared(), "track") + " of " + Words.count(verification.dataSets(),
                            "data set") + (verification.tracksCompared() == 1 ? " matches" : " match")
                    : verification.mismatches().size() + " mismatches, the first: " + verification.mismatches().get(0));
        }
        figures.finishedNanos = kernel.nowNanos();
        recorder.enter(Phase.DONE, "migration complete: downtime " + figures.downtime());
        session.monitors().stopListening();
    }
}
