package io.dsmig.sim.io;

import io.dsmig.sim.name.Volser;

/**
 * What an {@link IoMonitor} sees of an I/O as it enters an image's I/O path, before it is queued:
 * the image, the volume, the tracks, read or write, and the time. A monitor may {@link #hold()} it.
 */
public interface IoView {

    String image();

    Volser volser();

    int firstTrack();

    int trackCount();

    IoKind kind();

    /** Simulated time the I/O was issued. */
    long issuedNanos();

    /**
     * Holds the I/O in the path until the returned {@link Hold} is released, so the monitor can do
     * something first (copy-on-write copies the old track). An I/O held several times proceeds when
     * every hold is released.
     */
    Hold hold();

    /** Whether the I/O covers {@code track}. */
    default boolean covers(int track) {
        return track >= firstTrack() && track < firstTrack() + trackCount();
    }
}
