package io.dsmig.engine;

/**
 * A migration at a glance, for a status line: its phase, the simulated time, tracks copied of the
 * tracks to copy, changed tracks waiting for a resync, resync passes so far, and the downtime — forecast
 * (changed tracks at the copy rate plus the catalog work) before the window, measured during and after.
 */
public record MigrationStatus(String name, Phase phase, long nowNanos, long tracksCopied, long tracksToCopy,
        long pendingTracks, int passes, long downtimeNanos, boolean downtimeForecast, String failure) {

    public double copiedFraction() {
        return tracksToCopy == 0 ? 1.0 : Math.min(1.0, (double) tracksCopied / tracksToCopy);
    }
}
