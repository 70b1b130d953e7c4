package io.dsmig.engine;

/**
 * What the engine's own metadata work costs in simulated time. Track copies go through the device
 * queues; these are the rest: allocating a data set (DADSM with its VTOC, index and VVDS updates),
 * updating a catalog control interval directly (a read and a write), telling one image to invalidate
 * cached catalog records, scanning metadata, writing one VTOC track of DSCBs, and signalling an
 * application. The defaults are those of a current z/OS system on fast DASD.
 */
public record EngineTiming(long allocateNanosPerDataSet, long catalogCiUpdateNanos, int catalogRecordsPerCi,
        long invalidateNanosPerImage, long compareNanosPerDataSet, long catalogCiReadNanos, long dscbTrackWriteNanos,
        long signalNanos) {

    public static final EngineTiming DEFAULT = new EngineTiming(30_000_000L, 2_400_000L, 8, 500_000L, 20_000L,
            1_000_000L, 1_200_000L, 1_000_000L);

    public EngineTiming {
        if (allocateNanosPerDataSet < 0 || catalogCiUpdateNanos < 0 || catalogRecordsPerCi < 1
                || invalidateNanosPerImage < 0 || compareNanosPerDataSet < 0 || catalogCiReadNanos < 0
                || dscbTrackWriteNanos < 0 || signalNanos < 0) {
            throw new IllegalArgumentException("engine timings must not be negative, records per CI at least 1");
        }
    }
}
