package io.dsmig.sim.vsam;

/**
 * The statistics VSAM keeps for a component in its VVDS record: record counts and the control
 * interval and control area splits.
 */
public record VsamStatistics(long recordsTotal, long recordsInserted, long recordsDeleted, long recordsUpdated,
        long ciSplits, long caSplits) {

    public static final VsamStatistics ZERO = new VsamStatistics(0, 0, 0, 0, 0, 0);

    public VsamStatistics {
        if (recordsTotal < 0 || recordsInserted < 0 || recordsDeleted < 0 || recordsUpdated < 0
                || ciSplits < 0 || caSplits < 0) {
            throw new IllegalArgumentException("VSAM statistics cannot be negative");
        }
    }

    /** These statistics after {@code inserted} inserts, {@code updated} updates and {@code deleted} deletes. */
    public VsamStatistics plus(long inserted, long updated, long deleted, long ciSplitCount, long caSplitCount) {
        return new VsamStatistics(recordsTotal + inserted - Math.min(deleted, recordsTotal + inserted),
                recordsInserted + inserted, recordsDeleted + deleted, recordsUpdated + updated,
                ciSplits + ciSplitCount, caSplits + caSplitCount);
    }
}
