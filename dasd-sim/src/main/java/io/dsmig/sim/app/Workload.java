package io.dsmig.sim.app;

import io.dsmig.sim.kernel.SimTime;

/**
 * How an application uses its data sets: its I/O rate in tracks per second (arrivals are Poisson),
 * where the I/Os land, what share are reads, whether writes update a whole track or one record,
 * how writes are buffered, how long it takes to close and to open, and how many of the data sets
 * matching its masks it opens at most.
 *
 * <pre>{@code
 * Workload.DEFAULT.withRate(400).withHotspot(0.10, 0.90).withCloseLatency(SimTime.seconds(5))
 * }</pre>
 */
public record Workload(double tracksPerSecond, Distribution distribution, double hotFraction, double hotShare,
        double readShare, boolean recordLevel, Buffering buffering, long flushIntervalNanos,
        long closeLatencyNanos, long openLatencyNanos, int dataSetCountMax) {

    /** No application issues more I/O than this. */
    public static final double TRACKS_PER_SECOND_MAX = 1_000_000;

    /** No application opens more data sets than this. */
    public static final int DATA_SETS_MAX = 10_000;

    public static final Workload DEFAULT = new Workload(100, Distribution.UNIFORM, 0.10, 0.90, 0.0, false,
            Buffering.NONE, SimTime.seconds(1), SimTime.seconds(2), SimTime.millis(200), 100);

    public Workload {
        if (!(tracksPerSecond > 0 && tracksPerSecond <= TRACKS_PER_SECOND_MAX)) {
            throw new IllegalArgumentException("rate " + tracksPerSecond + " tracks/s is outside (0, "
                    + (long) TRACKS_PER_SECOND_MAX + "]");
        }
        if (!(hotFraction > 0 && hotFraction <= 1) || !(hotShare >= 0 && hotShare <= 1)) {
            throw new IllegalArgumentException("hot spot " + hotFraction + " of tracks taking " + hotShare
                    + " of I/O is not a share between 0 and 1");
        }
        if (!(readShare >= 0 && readShare < 1)) {
            throw new IllegalArgumentException("read share " + readShare + " is outside [0, 1)");
        }
        if (flushIntervalNanos < 1 || closeLatencyNanos < 0 || openLatencyNanos < 0) {
            throw new IllegalArgumentException("flush interval must be positive, latencies not negative");
        }
        if (dataSetCountMax < 1 || dataSetCountMax > DATA_SETS_MAX) {
            throw new IllegalArgumentException("an application opens 1 to " + DATA_SETS_MAX + " data sets, not "
                    + dataSetCountMax);
        }
    }

    public Workload withRate(double value) {
        return new Workload(value, distribution, hotFraction, hotShare, readShare, recordLevel, buffering,
                flushIntervalNanos, closeLatencyNanos, openLatencyNanos, dataSetCountMax);
    }

    public Workload withDistribution(Distribution value) {
        return new Workload(tracksPerSecond, value, hotFraction, hotShare, readShare, recordLevel, buffering,
                flushIntervalNanos, closeLatencyNanos, openLatencyNanos, dataSetCountMax);
    }

    /** A hot spot: {@code share} of I/Os go to the first {@code fraction} of each data set's used tracks. */
    public Workload withHotspot(double fraction, double share) {
        return new Workload(tracksPerSecond, Distribution.HOTSPOT, fraction, share, readShare, recordLevel, buffering,
                flushIntervalNanos, closeLatencyNanos, openLatencyNanos, dataSetCountMax);
    }

    public Workload withReadShare(double value) {
        return new Workload(tracksPerSecond, distribution, hotFraction, hotShare, value, recordLevel, buffering,
                flushIntervalNanos, closeLatencyNanos, openLatencyNanos, dataSetCountMax);
    }

    public Workload withRecordLevel(boolean value) {
        return new Workload(tracksPerSecond, distribution, hotFraction, hotShare, readShare, value, buffering,
                flushIntervalNanos, closeLatencyNanos, openLatencyNanos, dataSetCountMax);
    }

    public Workload withBuffering(Buffering value, long flushInterval) {
        return new Workload(tracksPerSecond, distribution, hotFraction, hotShare, readShare, recordLevel, value,
                flushInterval, closeLatencyNanos, openLatencyNanos, dataSetCountMax);
    }

    public Workload withCloseLatency(long value) {
        return new Workload(tracksPerSecond, distribution, hotFraction, hotShare, readShare, recordLevel, buffering,
                flushIntervalNanos, value, openLatencyNanos, dataSetCountMax);
    }

    public Workload withOpenLatency(long value) {
        return new Workload(tracksPerSecond, distribution, hotFraction, hotShare, readShare, recordLevel, buffering,
                flushIntervalNanos, closeLatencyNanos, value, dataSetCountMax);
    }

    public Workload withDataSetCountMax(int value) {
        return new Workload(tracksPerSecond, distribution, hotFraction, hotShare, readShare, recordLevel, buffering,
                flushIntervalNanos, closeLatencyNanos, openLatencyNanos, value);
    }
}
