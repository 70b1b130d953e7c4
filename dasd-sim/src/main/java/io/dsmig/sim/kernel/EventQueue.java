package io.dsmig.sim.kernel;

import java.util.Arrays;
import java.util.function.Predicate;

/**
 * The kernel's pending events: a 4-ary min-heap ordered by (time, sequence) over three parallel
 * arrays, so that queueing an event allocates nothing and nothing is boxed. Sequence numbers are
 * unique, which makes the order total and therefore the same on every run.
 *
 * <p>A 4-ary heap is half as deep as a binary one; its sift-down compares four children that sit
 * next to each other in memory, which is cheaper than following twice as many levels.
 */
final class EventQueue {

    private static final int INITIAL_CAPACITY = 64;

    private long[] times = new long[INITIAL_CAPACITY];
    private long[] sequences = new long[INITIAL_CAPACITY];
    private Object[] items = new Object[INITIAL_CAPACITY];
    private int size;

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** The time of the first entry; only when not empty. */
    long peekTime() {
        return times[0];
    }

    /** The first entry; only when not empty. */
    Object peekItem() {
        return items[0];
    }

    void add(long time, long sequence, Object item) {
        if (size == times.length) {
            grow();
        }
        siftUp(size++, time, sequence, item);
    }

    /** Removes and returns the first entry; only when not empty. */
    Object poll() {
        Object first = items[0];
        int last = --size;
        if (last > 0) {
            Object item = items[last];
            items[last] = null;
            siftDown(0, times[last], sequences[last], item, last);
        } else {
            items[0] = null;
        }
        return first;
    }

    /**
     * Removes every entry whose item matches and restores the heap; returns how many went.
     * Order among the survivors is unchanged because it depends only on their keys.
     */
    int removeIf(Predicate<Object> unwanted) {
        int kept = 0;
        for (int i = 0; i < size; i++) {
            if (!unwanted.test(items[i])) {
                times[kept] = times[i];
                sequences[kept] = sequences[i];
                items[kept] = items[i];
                kept++;
            }
        }
        Arrays.fill(items, kept, size, null);
        int removed = size - kept;
        size = kept;
        if (size > 1) {
            for (int parent = (size - 2) / 4; parent >= 0; parent--) {
                siftDown(parent, times[parent], sequences[parent], items[parent], size);
            }
        }
        return removed;
    }

    private void siftUp(int index, long time, long sequence, Object item) {
        while (index > 0) {
            int parent = (index - 1) >>> 2;
            long parentTime = times[parent];
            if (parentTime < time || (parentTime == time && sequences[parent] < sequence)) {
                break;
            }
            move(parent, index);
            index = parent;
        }
        set(index, time, sequence, item);
    }

    /** Moves the hole at {@code index} down until (time, sequence) fits; {@code n} is the heap size. */
    private void siftDown(int index, long time, long sequence, Object item, int n) {
        while (true) {
            int child = (index << 2) + 1;
            if (child >= n) {
                break;
            }
            int best = child;
            long bestTime = times[child];
            long bestSequence = sequences[child];
            int end = Math.min(child + 4, n);
            for (int c = child + 1; c < end; c++) {
                long t = times[c];
                if (t < bestTime || (t == bestTime && sequences[c] < bestSequence)) {
                    best = c;
                    bestTime = t;
                    bestSequence = sequences[c];
                }
            }
            if (time < bestTime || (time == bestTime && sequence < bestSequence)) {
                break;
            }
            move(best, index);
            index = best;
        }
        set(index, time, sequence, item);
    }

    private void move(int from, int to) {
        times[to] = times[from];
        sequences[to] = sequences[from];
        items[to] = items[from];
    }

    private void set(int index, long time, long sequence, Object item) {
        times[index] = time;
        sequences[index] = sequence;
        items[index] = item;
    }

    private void grow() {
        int capacity = times.length * 2;
        if (capacity < 0) {
            throw new IllegalStateException("event queue cannot grow past " + times.length + " events");
        }
        times = Arrays.copyOf(times, capacity);
        sequences = Arrays.copyOf(sequences, capacity);
        items = Arrays.copyOf(items, capacity);
    }
}
