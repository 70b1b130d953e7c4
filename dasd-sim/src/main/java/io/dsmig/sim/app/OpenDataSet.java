package io.dsmig.sim.app;

import io.dsmig.sim.dataset.DataSet;
import io.dsmig.sim.dataset.VolumeExtent;
import io.dsmig.sim.name.DataSetName;
import io.dsmig.sim.name.Volser;
import io.dsmig.sim.volume.Volume;
import io.dsmig.sim.volume.Volumes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A data set as an application holds it open: the extent list copied into memory at open time (so
 * it keeps using those locations until it closes and reopens, whatever the catalog says later), its
 * record layout, and how far it has been written.
 */
final class OpenDataSet {

    final DataSetName name;
    final boolean vsamComponent;
    final int recordsPerTrack;
    final int keyLength;
    final int blockLength;
    private final List<Volser> pieceVolumes = new ArrayList<>();
    private Volume[] extentVolume = new Volume[4];
    private int[] extentFirst = new int[4];
    private int[] extentStart = new int[4];
    private int extentCount;
    private int trackCount;
    int slot;
    WriteLog.Slot logSlot;
    int usedTracks;
    int appendedTracks;
    long writes;

    OpenDataSet(DataSet ds, Volumes volumes, boolean vsamComponent) {
        this.name = ds.name();
        this.vsamComponent = vsamComponent;
        this.keyLength = ds.dcb().keyLength();
        this.blockLength = ds.dcb().effectiveBlockLength();
        Volume first = volumes.get(ds.pieces().get(0).volser());
        this.recordsPerTrack = first.type().family().recordsPerTrack(keyLength, blockLength);
        addExtents(ds.extents(), volumes);
        this.usedTracks = Math.min(ds.usedTracks(), trackCount);
    }

    /** Adds extents at the end, as end-of-volume processing does when the data set grows while open. */
    void addExtents(List<VolumeExtent> extents, Volumes volumes) {
        for (VolumeExtent ve : extents) {
            if (extentCount == extentFirst.length) {
                extentVolume = Arrays.copyOf(extentVolume, extentCount * 2);
                extentFirst = Arrays.copyOf(extentFirst, extentCount * 2);
                extentStart = Arrays.copyOf(extentStart, extentCount * 2);
            }
            extentVolume[extentCount] = volumes.get(ve.volser());
            extentFirst[extentCount] = ve.extent().firstTrack();
            extentStart[extentCount] = trackCount;
            trackCount += ve.trackCount();
            extentCount++;
            if (!pieceVolumes.contains(ve.volser())) {
                pieceVolumes.add(ve.volser());
            }
        }
    }

    int trackCount() {
        return trackCount;
    }

    int extentCount() {
        return extentCount;
    }

    /** The volumes of the extent list, in order. */
    List<Volser> pieceVolumes() {
        return pieceVolumes;
    }

    /** Index of the extent holding relative track {@code rel}. */
    private int extentOf(int rel) {
        if (rel < 0 || rel >= trackCount) {
            throw new IndexOutOfBoundsException(name + ": relative track " + rel + " outside " + trackCount);
        }
        int i = Arrays.binarySearch(extentStart, 0, extentCount, rel);
        return i >= 0 ? i : -i - 2;
    }

    Volume volumeOf(int rel) {
        return extentVolume[extentOf(rel)];
    }

    int volumeTrackOf(int rel) {
        int e = extentOf(rel);
        return extentFirst[e] + rel - extentStart[e];
    }
}
