package io.dsmig.sim.volume;

/**
 * A data set's end-of-file pointer on one volume (DS1LSTAR): the last used track, relative to the
 * data set's first track on that volume, and the last record on it. {@link #EMPTY} says nothing is
 * written yet.
 */
public record EndOfFile(int lastTrack, int lastRecord) {

    public static final EndOfFile EMPTY = new EndOfFile(-1, 0);

    public EndOfFile {
        if (lastTrack < -1 || lastRecord < 0) {
            throw new IllegalArgumentException("bad end-of-file pointer " + lastTrack + "/" + lastRecord);
        }
    }

    public boolean isEmpty() {
        return lastTrack < 0;
    }

    /** Tracks in use up to and including the end of file. */
    public int usedTracks() {
        return lastTrack + 1;
    }

    @Override
    public String toString() {
        return isEmpty() ? "empty" : "TTR " + lastTrack + "/" + lastRecord;
    }
}
