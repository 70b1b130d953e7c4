package io.dsmig.sim.track;

/** SplitMix64's finalizer: a stable way to derive well-spread seeds from (seed, index) pairs. */
final class Mix {

    private Mix() {
    }

    static long finish(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    static long of(long seed, long index) {
        return finish(seed + 0x9E3779B97F4A7C15L * (index + 1));
    }
}
