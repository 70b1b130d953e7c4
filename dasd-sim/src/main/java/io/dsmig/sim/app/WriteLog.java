package io.dsmig.sim.app;

import io.dsmig.sim.DasdException;
import io.dsmig.sim.dataset.DataSet;
import io.dsmig.sim.name.DataSetName;
import io.dsmig.sim.track.TrackContent;
import io.dsmig.sim.volume.Volumes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Every write that reached DASD on an application's behalf — acknowledged when unbuffered, flushed
 * when buffered — with, per data set and relative track, what the track held right after the last
 * such write. That is enough to prove later that every write is still readable (DESIGN §4,
 * invariant 3): read each track through the catalog as it is now and compare.
 */
public final class WriteLog {

    /** A track that does not read back what was last written to it. */
    public record Mismatch(DataSetName dataSet, int relativeTrack, String problem) {
        @Override
        public String toString() {
            return dataSet + " track " + relativeTrack + ": " + problem;
        }
    }

    /** What a verification found: tracks checked, data sets no longer cataloged, and mismatches. */
    public record Verification(long tracksChecked, List<DataSetName> dataSetsGone, List<Mismatch> mismatches) {
        public boolean passed() {
            return mismatches.isEmpty();
        }
    }

    private static final int MISMATCHES_KEPT_MAX = 100;

    /** One data set's tracks as last written; applications keep theirs to skip the lookup on each write. */
    static final class Slot {
        private TrackContent[] tracks = new TrackContent[16];

        void put(int relativeTrack, TrackContent after) {
            if (relativeTrack >= tracks.length) {
                tracks = Arrays.copyOf(tracks, Math.max(relativeTrack + 1, tracks.length * 2));
            }
            tracks[relativeTrack] = after;
        }
    }

    private final Map<DataSetName, Slot> lastWritten = new HashMap<>();
    private long writes;

    /** Records that {@code relativeTrack} of {@code dataSet} holds {@code after} as of this write. */
    public void record(DataSetName dataSet, int relativeTrack, TrackContent after) {
        record(slot(dataSet), relativeTrack, after);
    }

    /** The slot of a data set, for callers that record many writes to it. */
    Slot slot(DataSetName dataSet) {
        return lastWritten.computeIfAbsent(dataSet, n -> new Slot());
    }

    void record(Slot slot, int relativeTrack, TrackContent after) {
        slot.put(relativeTrack, after);
        writes++;
    }

    /** Writes recorded. */
    public long writes() {
        return writes;
    }

    /** Distinct tracks written. */
    public long tracksWritten() {
        long n = 0;
        for (Slot slot : lastWritten.values()) {
            for (TrackContent t : slot.tracks) {
                n += t == null ? 0 : 1;
            }
        }
        return n;
    }

    /** The data sets written, in name order. */
    public List<DataSetName> dataSets() {
        return new ArrayList<>(new TreeMap<>(lastWritten).keySet());
    }

    /** What the log says relative track {@code relativeTrack} of {@code dataSet} must hold, if it was written. */
    public Optional<TrackContent> expected(DataSetName dataSet, int relativeTrack) {
        Slot slot = lastWritten.get(dataSet);
        return slot == null || relativeTrack >= slot.tracks.length ? Optional.empty()
                : Optional.ofNullable(slot.tracks[relativeTrack]);
    }

    /**
     * Reads every written track where the catalog now says it is and compares it with the log.
     *
     * @param locate finds a data set's current metadata by name (empty when it is gone)
     */
    public Verification verify(Function<DataSetName, Optional<DataSet>> locate, Volumes volumes) {
        long checked = 0;
        List<DataSetName> gone = new ArrayList<>();
        List<Mismatch> mismatches = new ArrayList<>();
        for (Map.Entry<DataSetName, Slot> e : new TreeMap<>(lastWritten).entrySet()) {
            Optional<DataSet> ds;
            try {
                ds = locate.apply(e.getKey());
            } catch (DasdException broken) {
                mismatches.add(new Mismatch(e.getKey(), -1, broken.getMessage()));
                continue;
            }
            if (ds.isEmpty()) {
                gone.add(e.getKey());
                continue;
            }
            checked += check(ds.get(), e.getValue().tracks, volumes, mismatches);
        }
        return new Verification(checked, gone, mismatches);
    }

    private static long check(DataSet ds, TrackContent[] expected, Volumes volumes, List<Mismatch> mismatches) {
        long checked = 0;
        for (int rel = 0; rel < expected.length; rel++) {
            if (expected[rel] == null) {
                continue;
            }
            checked++;
            String problem = problem(ds, rel, expected[rel], volumes);
            if (problem != null && mismatches.size() < MISMATCHES_KEPT_MAX) {
                mismatches.add(new Mismatch(ds.name(), rel, problem));
            }
        }
        return checked;
    }

    private static String problem(DataSet ds, int rel, TrackContent expected, Volumes volumes) {
        if (rel >= ds.trackCount()) {
            return "the data set now has only " + ds.trackCount() + " tracks";
        }
        DataSet.Location at = ds.locate(rel);
        TrackContent actual = volumes.get(at.volser()).tracks().read(at.volumeTrack());
        return actual.contentEquals(expected) ? null
                : "reads differently at " + at.volser() + " track " + at.volumeTrack() + " than it was written";
    }
}
