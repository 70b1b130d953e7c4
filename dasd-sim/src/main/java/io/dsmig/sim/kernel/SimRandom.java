package io.dsmig.sim.kernel;

import java.util.random.RandomGenerator;

/**
 * A seeded, reproducible random stream: SplitMix64, with every commonly used method implemented
 * here so that the numbers depend only on the seed, never on the JDK's version or the machine.
 *
 * <p>Get one from {@link Kernel#random(String)}; the name says what the numbers are for, and the
 * stream is derived from (kernel seed, name). Each call returns a <em>new</em> generator that the
 * caller owns: asking twice for the same name gives two generators with the same sequence, so
 * components that must be independent use distinct names.
 *
 * <pre>{@code
 * SimRandom arrivals = kernel.random("app/CICSPAY/arrivals");
 * long gapNanos = SimTime.seconds(arrivals.nextExponential() / writesPerSecond);
 * int track = arrivals.nextInt(trackCount);
 * }</pre>
 *
 * <p>Fixed here: {@code nextLong}, {@code nextInt}, {@code nextBoolean}, {@code nextDouble}, their
 * bounded forms, {@code nextGaussian} (Marsaglia's polar method) and {@code nextExponential}
 * (inversion), using {@link StrictMath} so that results are bit-for-bit reproducible. Other
 * {@link RandomGenerator} methods (streams, {@code nextFloat}, {@code nextBytes}) are the JDK's
 * defaults over {@link #nextLong()}. Not thread-safe: a simulation runs on one thread.
 */
public final class SimRandom implements RandomGenerator {

    private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;
    private static final double DOUBLE_UNIT = 0x1.0p-53;

    private final long seed;
    private long state;
    private double spareGaussian;
    private boolean hasSpareGaussian;

    /** A stream seeded directly; prefer {@link Kernel#random(String)} inside a simulation. */
    public SimRandom(long seed) {
        this.seed = seed;
        this.state = seed;
    }

    /**
     * The seed of the stream named {@code name} under {@code parentSeed}: FNV-1a 64 of the name's
     * UTF-8 bytes, combined with the mixed parent seed and mixed again. Use it to hand a
     * sub-component a seed of its own, for example a what-if run derived from the main seed.
     */
    public static long derivedSeed(long parentSeed, String name) {
        if (name == null) {
            throw new NullPointerException("stream name");
        }
        return StableHash.mix64(StableHash.mix64(parentSeed) ^ StableHash.fnv1a64(name));
    }

    /** The seed this stream started from, to print in a report or a failure message. */
    public long seed() {
        return seed;
    }

    @Override
    public long nextLong() {
        state += GOLDEN_GAMMA;
        return StableHash.mix64(state);
    }

    @Override
    public int nextInt() {
        return (int) (nextLong() >>> 32);
    }

    @Override
    public boolean nextBoolean() {
        return nextLong() < 0;
    }

    /** Uniform in [0, 1) with 53 random bits. */
    @Override
    public double nextDouble() {
        return (nextLong() >>> 11) * DOUBLE_UNIT;
    }

    /** Uniform in [0, bound), without bias (Lemire's multiply-and-reject). */
    @Override
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive: " + bound);
        }
        long product = (nextLong() >>> 32) * bound;
        if ((product & 0xffffffffL) < bound) {
            long threshold = (0x1_0000_0000L - bound) % bound;
            while ((product & 0xffffffffL) < threshold) {
                product = (nextLong() >>> 32) * bound;
            }
        }
        return (int) (product >>> 32);
    }

    @Override
    public int nextInt(int origin, int bound) {
        if (origin >= bound) {
            throw new IllegalArgumentException("origin " + origin + " must be below bound " + bound);
        }
        return (int) (origin + nextLong((long) bound - origin));
    }

    /** Uniform in [0, bound), without bias (rejects the incomplete top range). */
    @Override
    public long nextLong(long bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive: " + bound);
        }
        long mask = bound - 1;
        if ((bound & mask) == 0) {
            return nextLong() & mask;
        }
        long bits = nextLong() >>> 1;
        long value = bits % bound;
        while (bits - value + mask < 0) {
            bits = nextLong() >>> 1;
            value = bits % bound;
        }
        return value;
    }

    @Override
    public long nextLong(long origin, long bound) {
        if (origin >= bound) {
            throw new IllegalArgumentException("origin " + origin + " must be below bound " + bound);
        }
        long range = bound - origin;
        if (range > 0) {
            return origin + nextLong(range);
        }
        // The range does not fit in a long: draw from all longs until one falls inside it.
        long value = nextLong();
        while (value < origin || value >= bound) {
            value = nextLong();
        }
        return value;
    }

    @Override
    public double nextDouble(double bound) {
        if (!(bound > 0 && bound < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("bound must be positive and finite: " + bound);
        }
        double value = nextDouble() * bound;
        return value < bound ? value : Math.nextDown(bound);
    }

    @Override
    public double nextDouble(double origin, double bound) {
        if (!(origin < bound && bound - origin < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("need a finite range origin < bound: " + origin + ", " + bound);
        }
        double value = origin + nextDouble() * (bound - origin);
        return value < bound ? value : Math.nextDown(bound);
    }

    /** Standard normal (mean 0, standard deviation 1), by Marsaglia's polar method. */
    @Override
    public double nextGaussian() {
        if (hasSpareGaussian) {
            hasSpareGaussian = false;
            return spareGaussian;
        }
        double u;
        double v;
        double s;
        do {
            u = 2 * nextDouble() - 1;
            v = 2 * nextDouble() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        double factor = StrictMath.sqrt(-2 * StrictMath.log(s) / s);
        spareGaussian = v * factor;
        hasSpareGaussian = true;
        return u * factor;
    }

    @Override
    public double nextGaussian(double mean, double stddev) {
        if (stddev < 0) {
            throw new IllegalArgumentException("standard deviation must not be negative: " + stddev);
        }
        return mean + stddev * nextGaussian();
    }

    /** Exponential with mean 1: the gap between arrivals of a Poisson process of rate 1. */
    @Override
    public double nextExponential() {
        return -StrictMath.log1p(-nextDouble());
    }

    @Override
    public String toString() {
        return "SimRandom[seed=" + seed + "]";
    }
}
