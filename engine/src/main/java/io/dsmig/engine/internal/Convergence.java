package io.dsmig.engine.internal;

import io.dsmig.engine.MigrationOptions;
import io.dsmig.engine.Phase;
import io.dsmig.sim.kernel.SimTime;
import java.util.Locale;

/**
 * Whether mirroring is converging: after each resync pass before close it asks for close when the
 * changed tracks are below the threshold, stops at the pass limit, or runs another pass; and when the
 * time limit fires before close it stops, saying where the migration was and — from the applications'
 * write rate against the copy rate — why it did not get there, and what to do.
 */
final class Convergence {

    private final Session session;
    private final Figures figures;
    private int preClosePasses;

    Convergence(Session session, Figures figures) {
        this.session = session;
        this.figures = figures;
    }

    /** A resync pass before close has ended: reconcile while mirroring (when asked), then decide. */
    void afterPass() {
        preClosePasses++;
        if (session.request().options().reconcileWhileMirroring()) {
            new Reconciler(session, false).run(this::decide);
        } else {
            decide();
        }
    }

    private void decide() {
        if (session.stopping()) {
            return;
        }
        long pending = session.translateTable().pending();
        MigrationOptions o = session.request().options();
        if (pending < o.closeThresholdTracks() || pending == 0) {
            session.requestClose();
        } else if (preClosePasses >= o.passLimit()) {
            session.abortNow(nonConvergence(String.format(Locale.ROOT, "did not converge in %d resync passes",
                    preClosePasses), "raise the threshold"));
        } else {
            session.resyncPass(this::afterPass);
        }
    }

    private String nonConvergence(String what, String raise) {
        return String.format(Locale.ROOT, "%s: the applications changed %,.0f tracks/s while the copy moved %,.0f "
                + "tracks/s, and %,d changed tracks remain against a close threshold of %,d; %s, lower the write rate "
                + "or spread the targets over more volumes", what, figures.lastChangeRate, figures.lastCopyRate,
                session.translateTable().pending(), session.request().options().closeThresholdTracks(), raise);
    }

    /**
     * The time limit holds from the start until close is asked for — allocation, table, monitors, the
     * bulk copy, the resync passes and reconciling while mirroring alike (the close timeout holds after
     * that). It fires as a timer, so a starved copy or a long pass cannot carry the migration past it.
     */
    void timeLimitReached() {
        if (session.stopping() || session.switched() || figures.closeRequestedNanos >= 0
                || session.phase().terminal()) {
            return;
        }
        String limit = SimTime.format(session.request().options().timeLimitNanos());
        if (figures.copyStartedNanos < 0) {
            session.abortNow("the migration did not start copying within its time limit of " + limit + ": it was "
                    + doing(session.phase()) + "; raise the time limit");
        } else if (figures.copyEndedNanos < 0) {
            session.abortNow(bulkCopyTooSlow(limit));
        } else {
            measureRunningPass();
            session.abortNow(nonConvergence("did not converge within its time limit of " + limit,
                    "raise the time limit or the threshold"));
        }
    }

    private static String doing(Phase p) {
        return switch (p) {
            case ASSESS -> "assessing the selection";
            case ALLOCATE -> "allocating targets";
            case TABLE -> "building the translate table";
            default -> "starting monitors";
        };
    }

    /** The bulk copy's progress and rates at the time limit, and what to do. */
    private String bulkCopyTooSlow(String limit) {
        long copied = session.job().tracks();
        long nanos = Math.max(1, session.kernel().nowNanos() - figures.copyStartedNanos);
        double copyRate = copied * 1e9 / nanos;
        double changeRate = (session.monitors().written() - session.writtenAtLaunch()) * 1e9 / nanos;
        long toCopy = figures.tracksToCopy;
        long left = toCopy - copied;
        String rest = copyRate > 0
                ? "at that rate the rest needs about " + SimTime.format((long) (left / copyRate * 1e9)) + " more"
                : "it made no progress at all";
        return String.format(Locale.ROOT, "the bulk copy did not finish within its time limit of %s: it copied %,d "
                + "of %,d tracks (%.0f%%) in %s at %,.0f tracks/s while the applications changed %,.0f tracks/s of the "
                + "data being copied; %s; raise the time limit, or copy when the applications write less", limit,
                copied, toCopy, toCopy == 0 ? 100.0 : copied * 100.0 / toCopy, SimTime.format(nanos), copyRate,
                changeRate, rest);
    }

    /** Rates from the resync pass running now, when no pass has finished yet to give them. */
    private void measureRunningPass() {
        Copier.Job job = session.job();
        if (session.passRunning() && figures.lastCopyRate == 0 && job != null && job.durationNanos() > 0) {
            long written = session.monitors().written() - session.writtenAtLaunch();
            figures.lastChangeRate = written * 1e9 / job.durationNanos();
            figures.lastCopyRate = job.tracks() * 1e9 / job.durationNanos();
        }
    }
}
