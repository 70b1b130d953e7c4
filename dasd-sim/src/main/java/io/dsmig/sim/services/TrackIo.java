package io.dsmig.sim.services;

import io.dsmig.sim.io.IoCallback;
import io.dsmig.sim.io.TimingModel;
import io.dsmig.sim.name.Volser;
import io.dsmig.sim.track.TrackContent;

/** Track-level I/O (EXCP) issued from one image, through that image's I/O path. */
public interface TrackIo {

    /** Reads {@code count} contiguous tracks; the callback gets them when the I/O completes. */
    void read(String image, Volser volser, int firstTrack, int count, IoCallback callback);

    /** Writes contiguous whole tracks, one content per track. */
    void write(String image, Volser volser, int firstTrack, TrackContent[] contents, IoCallback callback);

    /**
     * A point-in-time copy of tracks, taken instantly as a FlashCopy relationship would give it.
     * Used to verify a migration without lengthening its window; never for copying.
     */
    TrackContent[] pointInTime(Volser volser, int firstTrack, int count);

    /**
     * The I/O subsystem's timing as configured and measured for the installation (device service
     * times, I/Os each volume serves at once, channel bandwidth per image): for estimates, as an RMF
     * report would serve them. The I/Os themselves take what the devices give them.
     */
    TimingModel timing();
}
