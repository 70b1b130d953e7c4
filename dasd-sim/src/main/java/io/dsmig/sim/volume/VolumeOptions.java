package io.dsmig.sim.volume;

/**
 * How a volume is initialized: the VTOC's size in tracks (0 for a size suited to the device), whether
 * it has a VTOC index, and the storage group it belongs to (null for none).
 */
public record VolumeOptions(int vtocTracks, boolean indexed, String storageGroup) {

    public static final VolumeOptions DEFAULT = new VolumeOptions(0, false, null);

    public VolumeOptions withStorageGroup(String value) {
        return new VolumeOptions(vtocTracks, indexed, value);
    }

    public VolumeOptions withIndexed(boolean value) {
        return new VolumeOptions(vtocTracks, value, storageGroup);
    }

    public VolumeOptions withVtocTracks(int value) {
        return new VolumeOptions(value, indexed, storageGroup);
    }
}
