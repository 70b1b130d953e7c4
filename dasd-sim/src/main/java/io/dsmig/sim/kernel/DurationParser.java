package io.dsmig.sim.kernel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** The reader behind {@link SimTime#parse(String)}; a small hand-written scanner. */
final class DurationParser {

    /** Longer text is surely a mistake, and a limit keeps the arithmetic small. */
    static final int TEXT_LENGTH_MAX = 64;

    private static final String EXAMPLES = "such as 500ms, 10s, 1.5s, 5m, 2h or 1m30s";
    private static final String UNITS = "h, m, s, ms, us, ns";

    private final String text;
    private int position;

    private DurationParser(String text) {
        this.text = text;
    }

    static long parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("no duration given; expected one " + EXAMPLES);
        }
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("empty duration; expected one " + EXAMPLES);
        }
        if (trimmed.length() > TEXT_LENGTH_MAX) {
            throw new IllegalArgumentException("duration text longer than " + TEXT_LENGTH_MAX + " characters");
        }
        return new DurationParser(trimmed).parseParts();
    }

    private long parseParts() {
        BigDecimal totalNanos = BigDecimal.ZERO;
        long previousUnitNanos = Long.MAX_VALUE;
        while (position < text.length()) {
            BigDecimal amount = readNumber();
            skipSpaces();
            String unit = readUnit();
            long unitNanos = unitNanos(unit);
            if (unitNanos >= previousUnitNanos) {
                throw bad("units must go from largest to smallest, each once (as in 1m30s)");
            }
            previousUnitNanos = unitNanos;
            totalNanos = totalNanos.add(amount.multiply(BigDecimal.valueOf(unitNanos)));
            skipSpaces();
        }
        BigDecimal rounded = totalNanos.setScale(0, RoundingMode.HALF_UP);
        if (rounded.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
            throw bad("too long to represent (the limit is about 292 years)");
        }
        return rounded.longValueExact();
    }

    private BigDecimal readNumber() {
        int start = position;
        if (text.charAt(position) == '-') {
            throw bad("a duration cannot be negative");
        }
        skipDigits();
        if (position < text.length() && text.charAt(position) == '.') {
            position++;
            skipDigits();
        }
        String number = text.substring(start, position);
        if (number.isEmpty() || number.equals(".")) {
            throw bad("expected a number at position " + (start + 1) + "; write a duration " + EXAMPLES);
        }
        return new BigDecimal(number.startsWith(".") ? "0" + number : number);
    }

    private String readUnit() {
        int start = position;
        while (position < text.length() && isUnitLetter(text.charAt(position))) {
            position++;
        }
        if (start == position) {
            throw bad("missing unit after '" + text.substring(0, start) + "'; units are " + UNITS);
        }
        return text.substring(start, position).toLowerCase(Locale.ROOT);
    }

    private long unitNanos(String unit) {
        switch (unit) {
            case "h": return SimTime.NANOS_PER_HOUR;
            case "m": return SimTime.NANOS_PER_MINUTE;
            case "s": return SimTime.NANOS_PER_SECOND;
            case "ms": return SimTime.NANOS_PER_MILLI;
            case "us":
            case "\u00b5s": // micro sign
            case "\u03bcs": // Greek small mu, which some keyboards give instead
                return SimTime.NANOS_PER_MICRO;
            case "ns": return 1;
            default: throw bad("unknown unit '" + unit + "'; units are " + UNITS);
        }
    }

    private void skipDigits() {
        while (position < text.length() && text.charAt(position) >= '0' && text.charAt(position) <= '9') {
            position++;
        }
    }

    private void skipSpaces() {
        while (position < text.length() && text.charAt(position) == ' ') {
            position++;
        }
    }

    private static boolean isUnitLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '\u00b5' || c == '\u03bc';
    }

    private IllegalArgumentException bad(String why) {
        return new IllegalArgumentException("bad duration '" + text + "': " + why);
    }
}
