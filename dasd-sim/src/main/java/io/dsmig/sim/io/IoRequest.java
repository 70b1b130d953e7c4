package io.dsmig.sim.io;

import io.dsmig.sim.kernel.Event;
import io.dsmig.sim.name.Volser;
import io.dsmig.sim.track.Record;
import io.dsmig.sim.track.TrackContent;
import io.dsmig.sim.track.TrackStore;
import io.dsmig.sim.volume.Volume;

/**
 * One channel program: a read or write of {@code trackCount} contiguous tracks on one volume, issued
 * from one image. Reads capture the tracks as they are when the I/O completes; writes change them
 * when it completes. Either way the {@link IoCallback} is told once, after the data moved.
 *
 * <p>Build one with the factory methods and hand it to {@link IoPath#submit(IoRequest)}.
 */
public final class IoRequest implements IoView, Event {

    private final Volser volser;
    private final int firstTrack;
    private final int trackCount;
    private final IoKind kind;
    private final IoCallback callback;
    private TrackContent[] contents;
    private final Record record;
    private String image;
    private Volume device;
    private DeviceQueue queue;
    private IoPath path;
    private int holds;
    private boolean passedMonitors;
    private long issuedNanos = -1;
    private long startedNanos = -1;
    private long completedNanos = -1;
    private String failure;

    private IoRequest(Volser volser, int firstTrack, int trackCount, IoKind kind, TrackContent[] contents,
            Record record, IoCallback callback) {
        if (trackCount < 1) {
            throw new IllegalArgumentException("an I/O moves at least one track");
        }
        this.volser = volser;
        this.firstTrack = firstTrack;
        this.trackCount = trackCount;
        this.kind = kind;
        this.contents = contents;
        this.record = record;
        this.callback = callback;
    }

    /** Reads {@code trackCount} tracks from {@code firstTrack}. */
    public static IoRequest read(Volser volser, int firstTrack, int trackCount, IoCallback callback) {
        return new IoRequest(volser, firstTrack, trackCount, IoKind.READ, null, null, callback);
    }

    /** Writes whole tracks from {@code firstTrack}, one content per track. */
    public static IoRequest write(Volser volser, int firstTrack, TrackContent[] contents, IoCallback callback) {
        return new IoRequest(volser, firstTrack, contents.length, IoKind.WRITE, contents.clone(), null, callback);
    }

    /** Writes one track. */
    public static IoRequest write(Volser volser, int track, TrackContent content, IoCallback callback) {
        return new IoRequest(volser, track, 1, IoKind.WRITE, new TrackContent[] {content}, null, callback);
    }

    /** Updates one record of a track in place, leaving its other records as they are. */
    public static IoRequest writeRecord(Volser volser, int track, Record record, IoCallback callback) {
        return new IoRequest(volser, track, 1, IoKind.WRITE, null, record, callback);
    }

    @Override
    public String image() {
        return image;
    }

    @Override
    public Volser volser() {
        return volser;
    }

    /** The device that served the I/O: the volume itself, or the one its image's I/O was swapped to. */
    public Volser device() {
        return device == null ? volser : device.volser();
    }

    @Override
    public int firstTrack() {
        return firstTrack;
    }

    @Override
    public int trackCount() {
        return trackCount;
    }

    @Override
    public IoKind kind() {
        return kind;
    }

    @Override
    public long issuedNanos() {
        return issuedNanos;
    }

    public long startedNanos() {
        return startedNanos;
    }

    public long completedNanos() {
        return completedNanos;
    }

    /** The tracks read, or (after completion) the tracks as written; index 0 is {@link #firstTrack()}. */
    public TrackContent content(int index) {
        return contents[index];
    }

    /** Null when the I/O succeeded, else why it failed (image down, volume offline, bad track). */
    public String failure() {
        return failure;
    }

    public boolean succeeded() {
        return failure == null && completedNanos >= 0;
    }

    @Override
    public Hold hold() {
        if (passedMonitors) {
            throw new IllegalStateException("an I/O can only be held while monitors observe it");
        }
        holds++;
        return new Hold() {
            private boolean released;

            @Override
            public void release() {
                if (!released) {
                    released = true;
                    holds--;
                    if (holds == 0 && passedMonitors) {
                        path.enqueue(IoRequest.this);
                    }
                }
            }
        };
    }

    boolean held() {
        return holds > 0;
    }

    void issue(String imageName, IoPath via, long nowNanos) {
        if (issuedNanos >= 0) {
            throw new IllegalStateException("an I/O request is submitted once");
        }
        image = imageName;
        path = via;
        issuedNanos = nowNanos;
    }

    void monitorsDone() {
        passedMonitors = true;
    }

    IoPath path() {
        return path;
    }

    void route(Volume target, DeviceQueue deviceQueue) {
        device = target;
        queue = deviceQueue;
    }

    void start(long nowNanos) {
        startedNanos = nowNanos;
    }

    void fail(String reason, long nowNanos) {
        failure = reason;
        completedNanos = nowNanos;
        callback.completed(this);
    }

    /** Completion: the data moves now, the device is free for the next I/O, then the caller is told. */
    @Override
    public void fire() {
        completedNanos = queue.nowNanos();
        TrackStore store = device.tracks();
        if (kind == IoKind.READ) {
            contents = new TrackContent[trackCount];
            for (int i = 0; i < trackCount; i++) {
                contents[i] = store.read(firstTrack + i);
            }
        } else if (record != null) {
            TrackContent current = store.read(firstTrack);
            // A record past the end of what the track holds is written as the next record, as a
            // channel program formatting the track would.
            Record r = record.number() <= current.recordCount() + 1 ? record
                    : new Record(current.recordCount() + 1, record.key(), record.data());
            TrackContent updated = current.withRecord(r);
            store.write(firstTrack, updated);
            contents = new TrackContent[] {updated};
        } else {
            for (int i = 0; i < trackCount; i++) {
                store.write(firstTrack + i, contents[i]);
            }
        }
        queue.finished(this);
        callback.completed(this);
    }

    @Override
    public String toString() {
        return kind + " " + volser + " tracks " + firstTrack + "+" + trackCount + " from " + image;
    }
}
