package io.dsmig.sim.volume;

/**
 * The DCB attributes kept in a data set's Format-1 DSCB: record format, logical record length,
 * block size and key length.
 */
public record DcbAttributes(Recfm recfm, int lrecl, int blksize, int keyLength) {

    public DcbAttributes {
        if (lrecl < 0 || lrecl > 32_760) {
            throw new IllegalArgumentException("LRECL " + lrecl + " is outside 0..32760");
        }
        if (blksize < 0 || blksize > 32_760) {
            throw new IllegalArgumentException("BLKSIZE " + blksize + " is outside 0..32760");
        }
        if (keyLength < 0 || keyLength > 255) {
            throw new IllegalArgumentException("key length " + keyLength + " is outside 0..255");
        }
        if (recfm.fixed() && recfm.blocked() && lrecl > 0 && blksize > 0 && blksize % lrecl != 0) {
            throw new IllegalArgumentException("BLKSIZE " + blksize + " is not a multiple of LRECL " + lrecl
                    + " for RECFM " + recfm);
        }
    }

    /** Fixed blocked 80-byte records in half-track blocks of 27,920 bytes. */
    public static final DcbAttributes FB80 = new DcbAttributes(Recfm.FB, 80, 27_920, 0);

    /** Undefined-format records in blocks of 4,096 bytes, as VSAM control intervals are written. */
    public static final DcbAttributes CI4K = new DcbAttributes(Recfm.U, 0, 4_096, 0);

    /** The block length used to write tracks: the block size, or the LRECL, or 4 KiB if both are zero. */
    public int effectiveBlockLength() {
        if (blksize > 0) {
            return blksize;
        }
        return lrecl > 0 ? lrecl : 4_096;
    }
}
