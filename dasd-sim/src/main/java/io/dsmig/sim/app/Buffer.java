package io.dsmig.sim.app;

import io.dsmig.sim.track.TrackContent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An application's write buffer: per open data set, the content each written relative track will
 * have on DASD once flushed. Flushing writes them in the order they were first buffered.
 */
final class Buffer {

    /** Told of each buffered track when the buffer is drained. */
    interface Sink {
        void write(OpenDataSet dataSet, int relativeTrack, TrackContent content);
    }

    private final List<OpenDataSet> dataSets = new ArrayList<>();
    private final List<TrackContent[]> pending = new ArrayList<>();
    private int[] orderDataSet = new int[64];
    private int[] orderTrack = new int[64];
    private int size;

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    TrackContent get(OpenDataSet od, int rel) {
        TrackContent[] tracks = tracksOf(od);
        return tracks == null || rel >= tracks.length ? null : tracks[rel];
    }

    void put(OpenDataSet od, int rel, TrackContent content) {
        int index = indexOf(od);
        TrackContent[] tracks = pending.get(index);
        if (rel >= tracks.length) {
            tracks = Arrays.copyOf(tracks, Math.max(rel + 1, tracks.length * 2));
            pending.set(index, tracks);
        }
        if (tracks[rel] == null) {
            if (size == orderTrack.length) {
                orderDataSet = Arrays.copyOf(orderDataSet, size * 2);
                orderTrack = Arrays.copyOf(orderTrack, size * 2);
            }
            orderDataSet[size] = index;
            orderTrack[size] = rel;
            size++;
        }
        tracks[rel] = content;
    }

    /**
     * Hands every buffered track to {@code sink} and empties the buffer. The buffer is empty before the
     * first track is handed over, so a sink that clears or refills it meanwhile (a write that fails at
     * once makes the application abend, which clears its buffer) cannot disturb the drain.
     */
    void drain(Sink sink) {
        int n = size;
        OpenDataSet[] owners = new OpenDataSet[n];
        int[] tracks = Arrays.copyOf(orderTrack, n);
        TrackContent[] contents = new TrackContent[n];
        for (int i = 0; i < n; i++) {
            TrackContent[] pendingTracks = pending.get(orderDataSet[i]);
            owners[i] = dataSets.get(orderDataSet[i]);
            contents[i] = pendingTracks[tracks[i]];
            pendingTracks[tracks[i]] = null;
        }
        size = 0;
        for (int i = 0; i < n; i++) {
            sink.write(owners[i], tracks[i], contents[i]);
        }
    }

    void clear() {
        dataSets.clear();
        pending.clear();
        size = 0;
    }

    private TrackContent[] tracksOf(OpenDataSet od) {
        int i = od.slot < dataSets.size() && dataSets.get(od.slot) == od ? od.slot : dataSets.indexOf(od);
        return i < 0 ? null : pending.get(i);
    }

    private int indexOf(OpenDataSet od) {
        if (od.slot < dataSets.size() && dataSets.get(od.slot) == od) {
            return od.slot;
        }
        int i = dataSets.indexOf(od);
        if (i >= 0) {
            return i;
        }
        dataSets.add(od);
        pending.add(new TrackContent[16]);
        return dataSets.size() - 1;
    }
}
