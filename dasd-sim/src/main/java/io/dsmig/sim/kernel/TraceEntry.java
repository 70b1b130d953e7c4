package io.dsmig.sim.kernel;

/**
 * One line of a {@link Trace}: what happened ({@code kind}, a short fixed word such as
 * {@code write} or {@code resync}), the details, and the virtual time it happened at.
 *
 * @param timeNanos virtual time of the entry
 * @param kind      a short category, stable across versions so traces can be compared
 * @param detail    free text; the same run must produce the same text
 */
public record TraceEntry(long timeNanos, String kind, String detail) {

    /** The entry as one line: {@code "12.4s write VOL001 track 1234"}. */
    @Override
    public String toString() {
        return SimTime.format(timeNanos) + " " + kind + " " + detail;
    }
}
