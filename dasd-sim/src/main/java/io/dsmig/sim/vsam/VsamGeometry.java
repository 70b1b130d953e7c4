package io.dsmig.sim.vsam;

import io.dsmig.sim.geometry.DeviceFamily;

/**
 * How VSAM lays control intervals on tracks: a CI of up to 18 KiB is written as one physical record,
 * a larger one as two; the relative byte addresses (RBAs) a component spans follow from that.
 */
public final class VsamGeometry {

    private VsamGeometry() {
    }

    /** The physical record length VSAM uses for a CI size. */
    public static int physicalRecordLength(int ciSize) {
        return ciSize <= 18_432 ? ciSize : ciSize / 2;
    }

    /** Bytes of control intervals one track holds (whole physical records). */
    public static long ciBytesPerTrack(DeviceFamily family, int ciSize) {
        int physical = physicalRecordLength(ciSize);
        return (long) family.recordsPerTrack(0, physical) * physical;
    }

    /** The high-allocated RBA of a component of {@code tracks} tracks: whole CIs only. */
    public static long highAllocatedRba(DeviceFamily family, int ciSize, long tracks) {
        long bytes = tracks * ciBytesPerTrack(family, ciSize);
        return bytes / ciSize * ciSize;
    }
}
