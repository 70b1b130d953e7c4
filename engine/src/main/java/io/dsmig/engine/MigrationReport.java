package io.dsmig.engine;

import io.dsmig.sim.kernel.SimTime;
import io.dsmig.sim.name.DataSetName;
import io.dsmig.sim.name.Volser;
import java.util.List;

/**
 * Everything a migration measured, in simulated time: when each phase ran, the copy and its rate,
 * every resync pass, the changed tracks over time, the downtime and its parts, a record per data set,
 * what reconciliation found and did, and the verification. However long a migration runs, it keeps at
 * most 10,000 passes and 10,000 samples (thinned evenly past that; {@link Migration#status()} still
 * counts every pass) and 100,000 reconcile actions.
 */
public record MigrationReport(String name, boolean completed, String failure, long startedNanos, long finishedNanos,
        long copyStartedNanos, long copyEndedNanos, long closeRequestedNanos, List<PhaseSpan> timeline,
        long dataSetCount, long tracksToCopy, long tracksCopied, double copyRateTracksPerSecond,
        double changeRateTracksPerSecond, List<Pass> passes, List<PendingSample> pendingOverTime, Downtime downtime,
        List<DataSetRecord> dataSets, List<ReconcileAction> reconciliation, Verification verification) {

    public MigrationReport {
        timeline = List.copyOf(timeline);
        passes = List.copyOf(passes);
        pendingOverTime = List.copyOf(pendingOverTime);
        dataSets = List.copyOf(dataSets);
        reconciliation = List.copyOf(reconciliation);
    }

    /** A phase from its start to its end (the end is the start of the next). */
    public record PhaseSpan(Phase phase, long startNanos, long endNanos) {
        public long durationNanos() {
            return endNanos - startNanos;
        }
    }

    /** One resync pass: its number, {@code resync}, {@code final} or {@code window}, when, and the tracks it copied. */
    public record Pass(int number, String kind, long startNanos, long endNanos, long tracks) {
    }

    /** Changed tracks waiting for a resync at a moment. */
    public record PendingSample(long timeNanos, long tracks) {
    }

    /**
     * The downtime window — from the moment the last data set closed to the reopen signal — and its
     * parts (allocation and copy appear only for an offline copy); the changed tracks at close, and the
     * lower bound for this migration (those tracks at the measured copy rate, plus the catalog work).
     */
    public record Downtime(long totalNanos, long copyNanos, long finalResyncNanos, long reconcileNanos,
            long fixMetadataNanos, long catalogNanos, long reopenNanos, long pendingTracksAtClose, long lowerBoundNanos) {

        public static final Downtime NONE = new Downtime(0, 0, 0, 0, 0, 0, 0, 0, 0);

        @Override
        public String toString() {
            return SimTime.format(totalNanos) + " (" + (copyNanos > 0 ? "allocate and copy " + SimTime.format(copyNanos)
                    + ", " : "") + "final resync " + SimTime.format(finalResyncNanos) + ", reconcile "
                    + SimTime.format(reconcileNanos) + ", fix metadata " + SimTime.format(fixMetadataNanos)
                    + ", catalog " + SimTime.format(catalogNanos) + ", reopen " + SimTime.format(reopenNanos) + ")";
        }
    }

    /** What happened to one data set. */
    public record DataSetRecord(DataSetName name, String dsorg, long tracks, long usedTracks, int sourceExtents,
            int targetExtents, List<Volser> sourceVolumes, List<Volser> targetVolumes, long piecesCopied,
            String outcome) {
    }

    /** The comparison of every target track with the source as it was at close. */
    public record Verification(long dataSets, long tracksCompared, List<String> mismatches) {
        public Verification {
            mismatches = List.copyOf(mismatches);
        }

        public boolean passed() {
            return mismatches.isEmpty();
        }
    }

    /** The copy time: from the first copy I/O to the end of the bulk copy. */
    public long copyNanos() {
        return copyEndedNanos < 0 || copyStartedNanos < 0 ? 0 : copyEndedNanos - copyStartedNanos;
    }

    public int resyncPasses() {
        return (int) passes.stream().filter(p -> p.kind().equals("resync")).count();
    }
}
