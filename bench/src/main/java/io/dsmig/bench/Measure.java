package io.dsmig.bench;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.function.Supplier;

/** Wall-clock and heap measurement helpers for benchmarks (never used inside the simulation). */
final class Measure {

    private Measure() {
    }

    /** Heap in use after a full collection, in bytes. */
    static long settledHeapBytes() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    static double millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }

    /** The median of {@code runs} timed runs, in milliseconds, after one untimed warm-up run. */
    static double medianMillis(int runs, Supplier<?> work) {
        work.get();
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.get();
            times[i] = millisSince(start);
        }
        Arrays.sort(times);
        return times[runs / 2];
    }
}
