package io.dsmig.sim.geometry;

/**
 * A DASD device family: the track format shared by all its models. It knows how many bytes a track
 * holds and how many records of a given key and data length fit on one track, using the device's
 * cell arithmetic (3390: 1,729 cells of 34 bytes; 3380: 1,499 cells of 32 bytes).
 */
public enum DeviceFamily {

    /** IBM 3380: 47,476 bytes per track. */
    D3380("3380", 47_476, 1_499, 53),

    /** IBM 3390 (including EAV 3390-A): 56,664 bytes per track. */
    D3390("3390", 56_664, 1_729, 50);

    /** Every family in use has 15 tracks (heads) per cylinder. */
    public static final int TRACKS_PER_CYLINDER = 15;

    private final String label;
    private final int bytesPerTrack;
    private final int cellsPerTrack;
    private final int dscbsPerTrack;

    DeviceFamily(String label, int bytesPerTrack, int cellsPerTrack, int dscbsPerTrack) {
        this.label = label;
        this.bytesPerTrack = bytesPerTrack;
        this.cellsPerTrack = cellsPerTrack;
        this.dscbsPerTrack = dscbsPerTrack;
    }

    /** The family number as an administrator writes it, {@code 3390}. */
    public String label() {
        return label;
    }

    /** The largest single record without a key that fits on one track. */
    public int bytesPerTrack() {
        return bytesPerTrack;
    }

    /** How many 140-byte DSCBs one VTOC track holds. */
    public int dscbsPerTrack() {
        return dscbsPerTrack;
    }

    /**
     * How many records of equal length fit on one track.
     *
     * @param keyLength  key length in bytes, 0 for none (at most 255)
     * @param dataLength data length in bytes (1 to {@link #bytesPerTrack()})
     * @return records per track, at least 1
     * @throws IllegalArgumentException when a record of this size does not fit on a track at all
     */
    public int recordsPerTrack(int keyLength, int dataLength) {
        if (keyLength < 0 || keyLength > 255) {
            throw new IllegalArgumentException("key length " + keyLength + " is outside 0..255");
        }
        if (dataLength < 1) {
            throw new IllegalArgumentException("data length " + dataLength + " must be at least 1");
        }
        int cells = cellsPerRecord(keyLength, dataLength);
        if (cells > cellsPerTrack) {
            throw new IllegalArgumentException("a record of key length " + keyLength + " and data length "
                    + dataLength + " does not fit on a " + label + " track (at most " + bytesPerTrack + " bytes)");
        }
        return cellsPerTrack / cells;
    }

    private int cellsPerRecord(int keyLength, int dataLength) {
        if (this == D3390) {
            int key = keyLength == 0 ? 0 : 9 + area3390(keyLength);
            return 10 + key + 9 + area3390(dataLength);
        }
        int key = keyLength == 0 ? 0 : 7 + ceilDiv(keyLength + 12, 32);
        return 15 + key + ceilDiv(dataLength + 12, 32);
    }

    /** Cells a 3390 key or data area needs: 6 bytes of overhead per 232-byte segment, in 34-byte cells. */
    private static int area3390(int length) {
        int segments = ceilDiv(length + 6, 232);
        return ceilDiv(length + 6 * segments + 6, 34);
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }
}
