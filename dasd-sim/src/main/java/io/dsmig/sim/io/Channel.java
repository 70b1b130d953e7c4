package io.dsmig.sim.io;

/**
 * An image's channel bandwidth, shared by all its I/Os: transfers are served one after another, in
 * the order their I/Os start, so the channel is a bottleneck only when its bytes per second are.
 */
final class Channel {

    private long freeAtNanos;
    private long busyNanos;

    /** Books a transfer that can start at {@code nowNanos}; returns when it ends. */
    long transfer(long nowNanos, long transferNanos) {
        long start = Math.max(nowNanos, freeAtNanos);
        freeAtNanos = start + transferNanos;
        busyNanos += transferNanos;
        return freeAtNanos;
    }

    long busyNanos() {
        return busyNanos;
    }
}
