package io.dsmig.engine.internal;

import io.dsmig.engine.MigrationReport;
import io.dsmig.engine.MigrationStatus;
import io.dsmig.sim.name.DataSetName;
import io.dsmig.sim.name.Volser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a session measures as it runs — when it started, copied, asked for close and held the window,
 * the bulk copy's tracks, the last resync pass's rates, the downtime's parts — and the status, the
 * downtime and the report built from them. The session's steps write the fields as things happen (a
 * time of -1 has not happened yet); nothing here schedules or changes anything.
 */
final class Figures {

    private final Session session;
    long tracksToCopy;
    long startedNanos;
    long finishedNanos = -1;
    long copyStartedNanos = -1;
    long copyEndedNanos = -1;
    long copiedBulk;
    long closeRequestedNanos = -1;
    long windowStartNanos = -1;
    long windowEndNanos = -1;
    long pendingAtClose;
    long offlineCopyNanos;
    long finalResyncNanos;
    long reconcileNanos;
    long fixMetadataNanos;
    long catalogNanos;
    long reopenNanos;
    double lastChangeRate;
    double lastCopyRate;
    MigrationReport.Verification verification;
    Map<DataSetName, List<Volser>> sourcesAtSwitch = Map.of();

    Figures(Session session) {
        this.session = session;
    }

    /** The bulk copy's rate in tracks per second; 0 until it has ended. */
    double copyRate() {
        long nanos = copyEndedNanos - copyStartedNanos;
        return copyEndedNanos < 0 || nanos <= 0 ? 0 : copiedBulk * 1e9 / nanos;
    }

    MigrationStatus status() {
        boolean windowKnown = windowStartNanos >= 0;
        long now = session.kernel().nowNanos();
        // An abort before the window leaves nothing to forecast: the applications were never closed.
        long downtime = windowKnown ? (windowEndNanos >= 0 ? windowEndNanos : now) - windowStartNanos
                : session.failure() != null ? 0 : forecastDowntime();
        Copier.Job job = session.job();
        long copied = copyEndedNanos >= 0 ? tracksToCopy : job == null ? 0 : Math.min(tracksToCopy, job.tracks());
        int resyncPasses = session.recorder().passCount("resync");
        return new MigrationStatus(session.name(), session.phase(), now, copied, tracksToCopy,
                session.translateTable().pending(), resyncPasses, downtime, !windowKnown, session.failure());
    }

    private long forecastDowntime() {
        double rate = copyRate();
        long resync = rate > 0 ? (long) (session.translateTable().pending() / rate * 1e9) : 0;
        return resync + new WindowWork(session).catalogEstimateNanos(session.snapshot().size());
    }

    /**
     * The downtime so far (to now while the window is open) and its parts, with its lower bound: the
     * tracks changed at close at the bulk copy rate, plus the catalog work.
     */
    MigrationReport.Downtime downtime() {
        if (windowStartNanos < 0) {
            return MigrationReport.Downtime.NONE;
        }
        long end = windowEndNanos >= 0 ? windowEndNanos : session.kernel().nowNanos();
        double rate = copyRate();
        long lowerBound = (rate > 0 ? (long) (pendingAtClose / rate * 1e9) : 0)
                + new WindowWork(session).catalogEstimateNanos(sourcesAtSwitch.isEmpty() ? session.snapshot().size()
                        : sourcesAtSwitch.size());
        return new MigrationReport.Downtime(end - windowStartNanos, offlineCopyNanos, finalResyncNanos, reconcileNanos,
                fixMetadataNanos, catalogNanos, reopenNanos, pendingAtClose, lowerBound);
    }

    MigrationReport report() {
        List<MigrationReport.DataSetRecord> records = new ArrayList<>();
        Set<DataSetName> names = new TreeSet<>(session.snapshot().keySet());
        names.addAll(session.assessment().scan().dataSets().keySet());
        for (DataSetName n : names) {
            records.add(record(n));
        }
        Recorder recorder = session.recorder();
        return new MigrationReport(session.name(), session.succeeded(), session.failure(), startedNanos, finishedNanos,
                copyStartedNanos, copyEndedNanos, closeRequestedNanos, recorder.timeline(), session.snapshot().size(),
                tracksToCopy, copiedBulk, copyRate(), lastChangeRate, recorder.passes(), recorder.pendingSamples(),
                downtime(), records, recorder.actions(), verification);
    }

    private MigrationReport.DataSetRecord record(DataSetName n) {
        Map<DataSetName, Selected> snapshot = session.snapshot();
        Selected s = snapshot.getOrDefault(n, session.assessment().scan().dataSets().get(n));
        String outcome = session.failure() != null ? "aborted" : session.excluded().contains(n) ? "excluded"
                : !snapshot.containsKey(n) ? "gone" : session.switched() ? "migrated" : "in progress";
        Targets targets = session.targets();
        int targetExtents = targets.pieces(n).stream().mapToInt(p -> p.extents().size()).sum();
        return new MigrationReport.DataSetRecord(n, s.dataSet().dsorg().label(), s.tracks(), s.dataSet().usedTracks(),
                s.dataSet().extentCount(), targetExtents, s.dataSet().volumes(), targets.volumes(n),
                session.recorder().chunks(n), outcome);
    }
}
