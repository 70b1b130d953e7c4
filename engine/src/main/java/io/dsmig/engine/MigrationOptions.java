package io.dsmig.engine;

import io.dsmig.sim.kernel.SimTime;

/**
 * How a migration runs.
 *
 * @param resyncIntervalNanos   while waiting for close, resync changed tracks this often
 * @param closeThresholdTracks  ask for close once a resync pass leaves fewer changed tracks than this
 * @param passLimit             give up (cleanly) if this many resync passes do not bring the changed
 *                              tracks under the threshold
 * @param timeLimitNanos        give up (cleanly) if close has not been asked for after this long: it
 *                              holds in every phase before (allocation, the bulk copy, resync passes,
 *                              reconciling), so together with the close timeout it bounds the time to
 *                              the window
 * @param closeTimeoutNanos     give up (cleanly) if the data sets are not all closed this long after
 *                              close was asked for
 * @param keepSource            keep the source copies after the switch (they are scratched otherwise)
 * @param verify                compare every target track with the source as it was at close
 * @param reconcileWhileMirroring also reconcile allocation changes at each resync pass (the
 *                              alternative embodiment), so that fewer are left for the window
 * @param copyDepth             chunks each source volume keeps in flight while copying
 * @param chunkTracksMax        the most tracks one copy I/O moves (a cylinder by default)
 * @param offline               the baseline to compare with: close first, then allocate, copy
 *                              everything and recatalog inside the downtime window, no mirroring
 */
public record MigrationOptions(long resyncIntervalNanos, long closeThresholdTracks, int passLimit, long timeLimitNanos,
        long closeTimeoutNanos, boolean keepSource, boolean verify, boolean reconcileWhileMirroring, int copyDepth,
        int chunkTracksMax, boolean offline) {

    public static final int PASS_LIMIT_MAX = 10_000;

    public static final MigrationOptions DEFAULT = new MigrationOptions(SimTime.seconds(10), 500, 100,
            SimTime.seconds(24 * 3600), SimTime.seconds(3600), false, false, true, 2, 15, false);

    public MigrationOptions {
        if (resyncIntervalNanos < SimTime.millis(1)) {
            throw new IllegalArgumentException("the resync interval must be at least 1ms");
        }
        if (closeThresholdTracks < 0) {
            throw new IllegalArgumentException("the close threshold cannot be negative");
        }
        if (passLimit < 1 || passLimit > PASS_LIMIT_MAX) {
            throw new IllegalArgumentException("the pass limit must be 1 to " + PASS_LIMIT_MAX + ", not " + passLimit);
        }
        if (timeLimitNanos <= 0 || closeTimeoutNanos <= 0) {
            throw new IllegalArgumentException("time limits must be positive");
        }
        if (copyDepth < 1 || copyDepth > 64) {
            throw new IllegalArgumentException("copy depth must be 1 to 64, not " + copyDepth);
        }
        if (chunkTracksMax < 1 || chunkTracksMax > 15 * 21) {
            throw new IllegalArgumentException("a copy I/O moves 1 to 315 tracks, not " + chunkTracksMax);
        }
    }

    public MigrationOptions withResyncInterval(long nanos) {
        return new MigrationOptions(nanos, closeThresholdTracks, passLimit, timeLimitNanos, closeTimeoutNanos,
                keepSource, verify, reconcileWhileMirroring, copyDepth, chunkTracksMax, offline);
    }

    public MigrationOptions withCloseThreshold(long tracks) {
        return new MigrationOptions(resyncIntervalNanos, tracks, passLimit, timeLimitNanos, closeTimeoutNanos,
                keepSource, verify, reconcileWhileMirroring, copyDepth, chunkTracksMax, offline);
    }

    public MigrationOptions withPassLimit(int passes) {
        return new MigrationOptions(resyncIntervalNanos, closeThresholdTracks, passes, timeLimitNanos, closeTimeoutNanos,
                keepSource, verify, reconcileWhileMirroring, copyDepth, chunkTracksMax, offline);
    }

    public MigrationOptions withTimeLimit(long nanos) {
        return new MigrationOptions(resyncIntervalNanos, closeThresholdTracks, passLimit, nanos, closeTimeoutNanos,
                keepSource, verify, reconcileWhileMirroring, copyDepth, chunkTracksMax, offline);
    }

    public MigrationOptions withCloseTimeout(long nanos) {
        return new MigrationOptions(resyncIntervalNanos, closeThresholdTracks, passLimit, timeLimitNanos, nanos,
                keepSource, verify, reconcileWhileMirroring, copyDepth, chunkTracksMax, offline);
    }

    public MigrationOptions withKeepSource(boolean value) {
        return new MigrationOptions(resyncIntervalNanos, closeThresholdTracks, passLimit, timeLimitNanos,
                closeTimeoutNanos, value, verify, reconcileWhileMirroring, copyDepth, chunkTracksMax, offline);
    }

    public MigrationOptions withVerify(boolean value) {
        return new MigrationOptions(resyncIntervalNanos, closeThresholdTracks, passLimit, timeLimitNanos,
                closeTimeoutNanos, keepSource, value, reconcileWhileMirroring, copyDepth, chunkTracksMax, offline);
    }

    public MigrationOptions withReconcileWhileMirroring(boolean value) {
        return new MigrationOptions(resyncIntervalNanos, closeThresholdTracks, passLimit, timeLimitNanos,
                closeTimeoutNanos, keepSource, verify, value, copyDepth, chunkTracksMax, offline);
    }

    public MigrationOptions withCopyDepth(int value) {
        return new MigrationOptions(resyncIntervalNanos, closeThresholdTracks, passLimit, timeLimitNanos,
                closeTimeoutNanos, keepSource, verify, reconcileWhileMirroring, value, chunkTracksMax, offline);
    }

    public MigrationOptions withOffline(boolean value) {
        return new MigrationOptions(resyncIntervalNanos, closeThresholdTracks, passLimit, timeLimitNanos,
                closeTimeoutNanos, keepSource, verify, reconcileWhileMirroring, copyDepth, chunkTracksMax, value);
    }
}
