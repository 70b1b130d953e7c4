package io.dsmig.engine.internal;

import io.dsmig.engine.Phase;
import io.dsmig.sim.kernel.Kernel;
import io.dsmig.sim.name.DataSetName;
import io.dsmig.sim.services.SystemServices;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The offline baseline ({@code MigrationOptions.withOffline(true)}), run once the window has opened
 * with everything closed: assess again, take every data set (leaving out one somebody still holds),
 * allocate the targets, build the table and copy everything, then hand over to the window's metadata
 * fix and switch. The comparison the {@code merge} benchmark prints.
 */
final class OfflineCopy {

    private final Session session;
    private final SystemServices services;
    private final Kernel kernel;
    private final Recorder recorder;
    private final Figures figures;
    private long startNanos;

    OfflineCopy(Session session) {
        this.session = session;
        this.services = session.services();
        this.kernel = session.kernel();
        this.recorder = session.recorder();
        this.figures = session.figures();
    }

    /** Assesses again, takes the data sets, allocates the targets, then builds the table and copies. */
    void run() {
        startNanos = kernel.nowNanos();
        Assessment fresh = Assessment.of(services, session.request(), session.plannedByOthers());
        if (!fresh.problems().isEmpty()) {
            session.abortNow("the offline copy cannot proceed: " + String.join("; ", fresh.problems()));
            return;
        }
        TreeMap<DataSetName, Selected> snapshot = session.snapshot();
        snapshot.clear();
        snapshot.putAll(fresh.scan().dataSets());
        leaveOutWhatOthersHold();
        recorder.enter(Phase.ALLOCATE, "allocating " + snapshot.size() + " targets inside the window");
        if (!session.allocate(fresh, snapshot)) {
            return;
        }
        kernel.post((long) snapshot.size() * session.timing().allocateNanosPerDataSet(), this::copyAll);
    }

    /**
     * Inside an offline copy's window, takes every data set of the fresh assessment exclusively. One
     * that somebody else holds now — a data set a batch job created after the start and is still
     * loading — is left on the source (with the rest of its VSAM sphere), and said so.
     */
    private void leaveOutWhatOthersHold() {
        Serialization serialization = session.serialization();
        Set<DataSetName> leave = new TreeSet<>();
        for (Map.Entry<DataSetName, Selected> e : session.snapshot().entrySet()) {
            if (leave.contains(e.getKey()) || serialization.take(e.getKey())) {
                continue;
            }
            recorder.event("in use", e.getKey() + " is in use by " + serialization.holdersOf(e.getKey())
                    + "; it is not migrated and stays on the source");
            leave.add(e.getKey());
            if (e.getValue().vsam()) {
                leave.addAll(services.space().sphere(e.getKey()).names());
            }
        }
        leave.forEach(session.snapshot()::remove);
        session.excluded().addAll(leave);
    }

    private void copyAll() {
        if (session.stopping()) {
            return;
        }
        TranslateTable table = session.translateTable();
        recorder.enter(Phase.TABLE, "building the translate table");
        session.snapshot().values().forEach(s -> table.add(s.name(), s.dataSet().extents(),
                session.targets().pieces(s.name())));
        figures.tracksToCopy = table.trackCount();
        recorder.enter(Phase.COPY, String.format(Locale.ROOT, "copying all %,d tracks with the data sets closed",
                figures.tracksToCopy));
        figures.copyStartedNanos = kernel.nowNanos();
        session.launch(session.copier().bulk(table.sources(), this::copied, session::ioFailed));
    }

    private void copied(Copier.Job bulk) {
        if (session.stopping()) {
            return;
        }
        figures.copyEndedNanos = kernel.nowNanos();
        figures.copiedBulk = bulk.tracks();
        figures.offlineCopyNanos = figures.copyEndedNanos - startNanos;
        session.window().fixMetadata();
    }
}
