package io.dsmig.sim.io;

/**
 * How long one device takes per track: the service time of a full-track read and of a full-track
 * write, in nanoseconds. A request of n tracks takes n times as long.
 */
public record DeviceTiming(long readNanosPerTrack, long writeNanosPerTrack) {

    public DeviceTiming {
        if (readNanosPerTrack < 1 || writeNanosPerTrack < 1) {
            throw new IllegalArgumentException("service times must be at least 1 ns per track (read "
                    + readNanosPerTrack + ", write " + writeNanosPerTrack + ")");
        }
    }

    public long serviceNanos(IoKind kind, int trackCount) {
        return (kind == IoKind.READ ? readNanosPerTrack : writeNanosPerTrack) * trackCount;
    }
}
