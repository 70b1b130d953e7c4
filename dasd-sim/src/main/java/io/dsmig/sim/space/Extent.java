package io.dsmig.sim.space;

import io.dsmig.sim.geometry.Cchh;

/**
 * A contiguous run of tracks on one volume, by relative track: {@code firstTrack} and
 * {@code trackCount} (at least 1). Printed as {@code low CCHH-high CCHH (n trk)}.
 */
public record Extent(int firstTrack, int trackCount) implements Comparable<Extent> {

    public Extent {
        if (firstTrack < 0) {
            throw new IllegalArgumentException("extent starts at negative track " + firstTrack);
        }
        if (trackCount < 1) {
            throw new IllegalArgumentException("extent at track " + firstTrack + " has " + trackCount + " tracks");
        }
    }

    /** The extent from {@code low} to {@code high} inclusive. */
    public static Extent ofCchh(Cchh low, Cchh high) {
        return new Extent(low.relativeTrack(), high.relativeTrack() - low.relativeTrack() + 1);
    }

    public int lastTrack() {
        return firstTrack + trackCount - 1;
    }

    /** The track just past the end. */
    public int endTrack() {
        return firstTrack + trackCount;
    }

    public Cchh low() {
        return Cchh.ofRelativeTrack(firstTrack);
    }

    public Cchh high() {
        return Cchh.ofRelativeTrack(lastTrack());
    }

    public boolean contains(int track) {
        return track >= firstTrack && track <= lastTrack();
    }

    public boolean contains(Extent other) {
        return other.firstTrack >= firstTrack && other.lastTrack() <= lastTrack();
    }

    public boolean overlaps(Extent other) {
        return firstTrack <= other.lastTrack() && other.firstTrack <= lastTrack();
    }

    /** This extent cut to its first {@code count} tracks. */
    public Extent head(int count) {
        if (count < 1 || count > trackCount) {
            throw new IllegalArgumentException("cannot keep " + count + " of " + trackCount + " tracks");
        }
        return new Extent(firstTrack, count);
    }

    /** The tracks of this extent after its first {@code count}. */
    public Extent tail(int count) {
        if (count < 1 || count >= trackCount) {
            throw new IllegalArgumentException("cannot drop " + count + " of " + trackCount + " tracks");
        }
        return new Extent(firstTrack + count, trackCount - count);
    }

    @Override
    public int compareTo(Extent other) {
        return Integer.compare(firstTrack, other.firstTrack);
    }

    @Override
    public String toString() {
        return low() + "-" + high() + " (" + String.format(java.util.Locale.ROOT, "%,d", trackCount) + " trk)";
    }
}
