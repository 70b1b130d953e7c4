package io.dsmig.sim.kernel;

/**
 * Virtual-time units and conversions. All simulated time is a {@code long} count of nanoseconds
 * (about 292 years of range); these helpers turn it into and out of human text.
 *
 * <pre>{@code
 * long resyncNanos = SimTime.parse("10s");       // from a script: resync every 10s
 * kernel.every(resyncNanos, session::resync);
 * out.println("downtime " + SimTime.format(downtimeNanos));   // "downtime 3m 05.2s"
 * }</pre>
 */
public final class SimTime {

    public static final long NANOS_PER_MICRO = 1_000L;
    public static final long NANOS_PER_MILLI = 1_000_000L;
    public static final long NANOS_PER_SECOND = 1_000_000_000L;
    public static final long NANOS_PER_MINUTE = 60 * NANOS_PER_SECOND;
    public static final long NANOS_PER_HOUR = 60 * NANOS_PER_MINUTE;

    private SimTime() {
    }

    /** {@code seconds} as nanoseconds, rounded to the nearest nanosecond: {@code seconds(1.5)}. */
    public static long seconds(double seconds) {
        return toNanos(seconds, NANOS_PER_SECOND, "seconds");
    }

    /** {@code millis} as nanoseconds, rounded to the nearest nanosecond: {@code millis(2.5)}. */
    public static long millis(double millis) {
        return toNanos(millis, NANOS_PER_MILLI, "milliseconds");
    }

    /** Nanoseconds as (fractional) seconds, for rates and reports. */
    public static double toSeconds(long nanos) {
        return nanos / (double) NANOS_PER_SECOND;
    }

    /** Nanoseconds as (fractional) milliseconds, for rates and reports. */
    public static double toMillis(long nanos) {
        return nanos / (double) NANOS_PER_MILLI;
    }

    /**
     * Human text for a duration, rounded half up: below a minute in the largest unit that fits, with
     * one decimal under 100 units and none above; then minutes with tenths of a second; then hours:
     * {@code 0s}, {@code 750ns}, {@code 12.5µs}, {@code 850ms}, {@code 12.4s}, {@code 3m 05.2s},
     * {@code 1h 02m 03s}. {@link #parse(String)} reads every form back.
     */
    public static String format(long nanos) {
        if (nanos < 0) {
            return nanos == Long.MIN_VALUE ? "-" + format(Long.MAX_VALUE) : "-" + format(-nanos);
        }
        if (nanos == 0) {
            return "0s";
        }
        if (nanos < NANOS_PER_MICRO) {
            return nanos + "ns";
        }
        String small = null;
        if (nanos < NANOS_PER_MILLI) {
            small = formatBelowThousand(nanos, NANOS_PER_MICRO, "\u00b5s");
        }
        if (small == null && nanos < NANOS_PER_SECOND) {
            small = formatBelowThousand(nanos, NANOS_PER_MILLI, "ms");
        }
        return small != null ? small : formatSecondsAndUp(nanos);
    }

    /**
     * Reads a duration: one or more parts, each a number and a unit, largest unit first, spaces
     * allowed between parts. Units: {@code h}, {@code m}, {@code s}, {@code ms}, {@code us} (or
     * {@code µs}), {@code ns}. Examples: {@code 500ms}, {@code 10s}, {@code 1.5s}, {@code 5m},
     * {@code 2h}, {@code 1m30s}, {@code 3m 05.2s}. Rounds to the nearest nanosecond.
     *
     * @throws IllegalArgumentException naming the text and what is wrong with it
     */
    public static long parse(String text) {
        return DurationParser.parse(text);
    }

    private static long toNanos(double amount, long unitNanos, String unitName) {
        double nanos = amount * unitNanos;
        if (Double.isNaN(nanos) || Math.abs(nanos) >= 0x1.0p63) {
            throw new IllegalArgumentException(amount + " " + unitName + " is not a representable duration");
        }
        return Math.round(nanos);
    }

    /** Formats in {@code unitNanos} if the rounded value stays below 1000 units, else null. */
    private static String formatBelowThousand(long nanos, long unitNanos, String suffix) {
        long tenths = roundDiv(nanos * 10, unitNanos);
        if (tenths >= 1000) {
            tenths = roundDiv(nanos, unitNanos) * 10;
        }
        return tenths < 10_000 ? withTenths(tenths) + suffix : null;
    }

    private static String formatSecondsAndUp(long nanos) {
        long tenths = roundDiv(nanos, NANOS_PER_SECOND / 10);
        if (tenths < 600) {
            return withTenths(tenths) + "s";
        }
        if (tenths < 36_000) {
            long secondTenths = tenths % 600;
            return tenths / 600 + "m " + twoDigits(secondTenths / 10) + "." + secondTenths % 10 + "s";
        }
        long seconds = roundDiv(nanos, NANOS_PER_SECOND);
        return seconds / 3600 + "h " + twoDigits(seconds / 60 % 60) + "m " + twoDigits(seconds % 60) + "s";
    }

    private static String withTenths(long tenths) {
        return tenths % 10 == 0 ? Long.toString(tenths / 10) : tenths / 10 + "." + tenths % 10;
    }

    private static String twoDigits(long value) {
        return value < 10 ? "0" + value : Long.toString(value);
    }

    /** {@code dividend / divisor} rounded half up, for non-negative values, without overflow. */
    private static long roundDiv(long dividend, long divisor) {
        long quotient = dividend / divisor;
        long remainder = dividend - quotient * divisor;
        return remainder >= divisor - remainder ? quotient + 1 : quotient;
    }
}
