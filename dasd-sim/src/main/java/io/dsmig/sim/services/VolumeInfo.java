package io.dsmig.sim.services;

import io.dsmig.sim.geometry.DeviceType;
import io.dsmig.sim.name.Volser;

/** What DADSM tells about a volume: its device type, size, free space and free DSCBs in its VTOC. */
public record VolumeInfo(Volser volser, DeviceType type, int trackCount, long freeTracks, int largestFreeTracks,
        int dscbsFree, String storageGroup) {
}
