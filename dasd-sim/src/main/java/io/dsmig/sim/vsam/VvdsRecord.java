package io.dsmig.sim.vsam;

import io.dsmig.sim.name.DataSetName;

/**
 * A VSAM volume record (VVR) for one component on one volume. The <em>primary</em> record (on the
 * component's first volume) carries the high-used and high-allocated RBA and the statistics for the
 * whole component; a secondary record only says the component has space on that volume.
 */
public record VvdsRecord(DataSetName component, DataSetName cluster, VsamType type, ComponentKind kind,
        int ciSize, boolean primary, long highUsedRba, long highAllocatedRba, VsamStatistics statistics) {

    public VvdsRecord {
        if (ciSize < 512 || ciSize > 32_768 || ciSize % 512 != 0) {
            throw new IllegalArgumentException(component + ": CI size " + ciSize
                    + " must be a multiple of 512 from 512 to 32768");
        }
        if (highUsedRba < 0 || highUsedRba > highAllocatedRba) {
            throw new IllegalArgumentException(component + ": HURBA " + highUsedRba + " must lie within 0..HARBA "
                    + highAllocatedRba);
        }
    }

    public VvdsRecord withRbas(long highUsed, long highAllocated) {
        return new VvdsRecord(component, cluster, type, kind, ciSize, primary, highUsed, highAllocated, statistics);
    }

    public VvdsRecord withStatistics(VsamStatistics value) {
        return new VvdsRecord(component, cluster, type, kind, ciSize, primary, highUsedRba, highAllocatedRba, value);
    }

    public VvdsRecord withComponent(DataSetName name, DataSetName clusterName) {
        return new VvdsRecord(name, clusterName, type, kind, ciSize, primary, highUsedRba, highAllocatedRba,
                statistics);
    }

    public VvdsRecord withPrimary(boolean value) {
        return new VvdsRecord(component, cluster, type, kind, ciSize, value, highUsedRba, highAllocatedRba,
                statistics);
    }
}
