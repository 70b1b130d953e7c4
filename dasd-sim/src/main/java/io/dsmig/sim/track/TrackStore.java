package io.dsmig.sim.track;

import io.dsmig.sim.geometry.Cchh;
import io.dsmig.sim.space.Extent;
import java.util.Map;
import java.util.TreeMap;

/**
 * The contents of every track of one volume, stored sparsely: a track never written costs nothing.
 *
 * <p>Two layers. <em>Fills</em> describe whole runs of synthetic tracks by a seed (what an estate
 * generator or a sequential load writes) and cost a few numbers per run. <em>Written</em> tracks hold
 * an explicit content each, in lazily created chunks of an array indexed by track. A write replaces
 * whatever a fill said about that track; a new fill replaces everything under it.
 *
 * <p>Freeing space does not erase it: like real DASD, a newly allocated extent reads whatever was
 * left there until it is written.
 */
public final class TrackStore {

    private static final int CHUNK_BITS = 10;
    private static final int CHUNK_SIZE = 1 << CHUNK_BITS;

    private final int trackCount;
    private final TrackContent[][] chunks;
    private final TreeMap<Integer, Fill> fills = new TreeMap<>();
    private long writtenTracks;

    /** A run of synthetic tracks: track {@code t} holds {@code pattern(mix(seed, indexBase + t - first))}. */
    private record Fill(int firstTrack, int trackCount, long seed, long indexBase, int recordsPerTrack,
            int keyLength, int dataLength) {

        int endTrack() {
            return firstTrack + trackCount;
        }

        TrackContent at(int track) {
            long index = indexBase + (track - firstTrack);
            return new PatternTrack(Mix.of(seed, index), recordsPerTrack, keyLength, dataLength);
        }

        Fill slice(int from, int to) {
            return new Fill(from, to - from, seed, indexBase + (from - firstTrack), recordsPerTrack,
                    keyLength, dataLength);
        }
    }

    public TrackStore(int trackCount) {
        this.trackCount = trackCount;
        this.chunks = new TrackContent[(trackCount + CHUNK_SIZE - 1) >>> CHUNK_BITS][];
    }

    public int trackCount() {
        return trackCount;
    }

    /** The content of track {@code track}; {@link TrackContent#EMPTY} if nothing was ever written there. */
    public TrackContent read(int track) {
        checkTrack(track);
        TrackContent[] chunk = chunks[track >>> CHUNK_BITS];
        if (chunk != null) {
            TrackContent content = chunk[track & (CHUNK_SIZE - 1)];
            if (content != null) {
                return content;
            }
        }
        Map.Entry<Integer, Fill> fill = fills.floorEntry(track);
        if (fill != null && track < fill.getValue().endTrack()) {
            return fill.getValue().at(track);
        }
        return TrackContent.EMPTY;
    }

    /** Track {@code track} with its address, as a channel program would read it. */
    public Track track(int track) {
        return new Track(Cchh.ofRelativeTrack(track), read(track));
    }

    /** Replaces the content of one track. */
    public void write(int track, TrackContent content) {
        checkTrack(track);
        int c = track >>> CHUNK_BITS;
        TrackContent[] chunk = chunks[c];
        if (chunk == null) {
            chunk = new TrackContent[CHUNK_SIZE];
            chunks[c] = chunk;
        }
        if (chunk[track & (CHUNK_SIZE - 1)] == null) {
            writtenTracks++;
        }
        chunk[track & (CHUNK_SIZE - 1)] = content;
    }

    /**
     * Fills every track of {@code extent} with synthetic records, as a program formatting and loading
     * it would. Track {@code i} of the extent gets a pattern derived from {@code seed} and
     * {@code indexBase + i}, so a data set spread over several extents can number its tracks
     * continuously.
     */
    public void fill(Extent extent, long seed, long indexBase, int recordsPerTrack, int keyLength, int dataLength) {
        if (extent.endTrack() > trackCount) {
            throw new IllegalArgumentException("extent " + extent + " passes the end of the volume");
        }
        clearFills(extent.firstTrack(), extent.endTrack());
        clearWritten(extent);
        fills.put(extent.firstTrack(), new Fill(extent.firstTrack(), extent.trackCount(), seed, indexBase,
                recordsPerTrack, keyLength, dataLength));
    }

    /** Tracks holding an explicitly written content (fills not counted). */
    public long writtenTrackCount() {
        return writtenTracks;
    }

    /** Runs of synthetic tracks currently described by fills. */
    public int fillCount() {
        return fills.size();
    }

    private void clearFills(int from, int to) {
        Map.Entry<Integer, Fill> below = fills.lowerEntry(from);
        if (below != null && below.getValue().endTrack() > from) {
            Fill f = below.getValue();
            fills.put(f.firstTrack(), f.slice(f.firstTrack(), from));
            if (f.endTrack() > to) {
                fills.put(to, f.slice(to, f.endTrack()));
            }
        }
        for (Map.Entry<Integer, Fill> e = fills.ceilingEntry(from); e != null && e.getKey() < to;
                e = fills.ceilingEntry(from)) {
            Fill f = e.getValue();
            fills.remove(e.getKey());
            if (f.endTrack() > to) {
                fills.put(to, f.slice(to, f.endTrack()));
            }
        }
    }

    private void clearWritten(Extent extent) {
        for (int t = extent.firstTrack(); t < extent.endTrack(); t++) {
            TrackContent[] chunk = chunks[t >>> CHUNK_BITS];
            if (chunk == null) {
                t = ((t >>> CHUNK_BITS) + 1) * CHUNK_SIZE - 1;
                continue;
            }
            if (chunk[t & (CHUNK_SIZE - 1)] != null) {
                chunk[t & (CHUNK_SIZE - 1)] = null;
                writtenTracks--;
            }
        }
    }

    private void checkTrack(int track) {
        if (track < 0 || track >= trackCount) {
            throw new IndexOutOfBoundsException("track " + track + " is outside 0.." + (trackCount - 1));
        }
    }
}
