package io.dsmig.bench;

import io.dsmig.engine.Migration;
import io.dsmig.engine.MigrationReport;

/**
 * The reference merge, mirrored, and beside it the same data copied offline (close, copy everything,
 * recatalog) in a world built from the same seed. Reports the simulated copy time, resync passes,
 * downtime and its parts, the offline downtime, the lower bound, and the wall-clock time of the
 * mirrored run (world, estate and migration).
 */
public final class MergeBench implements Benchmark {

    static final long SEED = 2_026;

    @Override
    public String name() {
        return "merge";
    }

    @Override
    public String description() {
        return "40 3390-3 volumes (2,000 data sets) into two 3390-54s with 400 tracks/s of writes and churn";
    }

    @Override
    public Figures run() {
        long start = System.nanoTime();
        ReferenceMerge online = new ReferenceMerge(SEED);
        Migration m = online.runToEnd(online.start(false));
        double wallMillis = Measure.millisSince(start);
        if (!m.succeeded()) {
            throw new IllegalStateException("the reference merge failed: " + m.failure());
        }
        long offlineStart = System.nanoTime();
        ReferenceMerge offline = new ReferenceMerge(SEED);
        Migration o = offline.runToEnd(offline.start(true));
        double offlineWallMillis = Measure.millisSince(offlineStart);
        if (!o.succeeded()) {
            throw new IllegalStateException("the offline copy failed: " + o.failure());
        }
        MigrationReport r = m.report();
        MigrationReport.Downtime d = r.downtime();
        double downtime = d.totalNanos() / 1e6;
        double offlineDowntime = o.report().downtime().totalNanos() / 1e6;
        double lowerBound = d.lowerBoundNanos() / 1e6;
        return new Figures()
                .put("simCopyMillis", r.copyNanos() / 1e6, String.format("%,d tracks at %,.0f tracks/s",
                        r.tracksCopied(), r.copyRateTracksPerSecond()))
                .put("passes", r.resyncPasses(), "resync passes before close")
                .put("simDowntimeMillis", downtime)
                .put("finalResyncMillis", d.finalResyncNanos() / 1e6, String.format("%,d tracks changed at close",
                        d.pendingTracksAtClose()))
                .put("reconcileMillis", d.reconcileNanos() / 1e6, r.reconciliation().size() + " changes reconciled")
                .put("fixMetadataMillis", d.fixMetadataNanos() / 1e6)
                .put("catalogMillis", d.catalogNanos() / 1e6)
                .put("offlineDowntimeMillis", offlineDowntime, "close, copy everything, recatalog")
                .put("lowerBoundMillis", lowerBound, "changed tracks at close / copy rate + catalog")
                .put("downtimePercentOfOffline", 100 * downtime / offlineDowntime, "target: at most 1%")
                .put("downtimeOverLowerBound", downtime / lowerBound, "target: at most 1.5")
                .put("wallMillis", wallMillis, "the mirrored run: world, estate and migration")
                .put("offlineWallMillis", offlineWallMillis);
    }
}
