package io.dsmig.sim.name;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The serial number that identifies a DASD volume: 1 to 6 characters of A–Z, 0–9, #, @ and $.
 * Use it wherever a volume is named, so that a bad volser is rejected once, where it is written,
 * with a message that says what is wrong.
 *
 * <p>Lower-case letters are folded to upper case, as ISPF and TSO do, so {@code Volser.of("vol001")}
 * equals {@code Volser.of("VOL001")}. Volsers sort by their text.
 *
 * <pre>{@code
 * Volser source = Volser.of("VOL001");
 * List<Volser> pool = Volser.range(Volser.of("VOL001"), Volser.of("VOL040"));   // 40 volsers
 * }</pre>
 *
 * @param value the volser, upper case
 */
public record Volser(String value) implements Comparable<Volser> {

    /** Length of a volser, in characters. */
    public static final int LENGTH_MAX = 6;

    /** The most volsers one {@link #range} may expand to; a larger range is more likely a typo. */
    public static final int RANGE_VOLSER_COUNT_MAX = 10_000;

    /**
     * Validates and upper-cases {@code value}.
     *
     * @throws InvalidNameException if it is not a valid volser
     */
    public Volser {
        Objects.requireNonNull(value, "value");
        String upper = NameChars.upperCase(value);
        check(value, upper);
        value = upper;
    }

    /**
     * The volser written as {@code text}, in any case.
     *
     * @throws InvalidNameException if it is not a valid volser
     */
    public static Volser of(String text) {
        return new Volser(text);
    }

    /**
     * Every volser from {@code from} to {@code to}, both included, in order, for ranges written like
     * {@code VOL001 .. VOL040}. Both ends must have the same prefix and a number of the same width
     * at the end: {@code A1 .. A9} is a range, {@code VOL001 .. XYZ009} and {@code A9 .. A10} are not.
     *
     * @throws InvalidNameException if the ends do not form a range, {@code from} comes after
     *     {@code to}, or the range holds more than {@value #RANGE_VOLSER_COUNT_MAX} volsers
     */
    public static List<Volser> range(Volser from, Volser to) {
        String first = from.value;
        String last = to.value;
        int digitCount = numberWidth(first, last);
        String prefix = first.substring(0, first.length() - digitCount);
        int low = Integer.parseInt(first.substring(prefix.length()));
        int high = Integer.parseInt(last.substring(prefix.length()));
        if (low > high) {
            throw Messages.reject("volser.range.order", first, last);
        }
        int count = high - low + 1;
        if (count > RANGE_VOLSER_COUNT_MAX) {
            throw Messages.reject("volser.range.size", first, last, count, RANGE_VOLSER_COUNT_MAX);
        }
        List<Volser> volsers = new ArrayList<>(count);
        for (int number = low; number <= high; number++) {
            String digits = Integer.toString(number);
            volsers.add(new Volser(prefix + "0".repeat(digitCount - digits.length()) + digits));
        }
        return List.copyOf(volsers);
    }

    @Override
    public int compareTo(Volser other) {
        return value.compareTo(other.value);
    }

    /** The volser itself, so that it reads naturally in messages. */
    @Override
    public String toString() {
        return value;
    }

    private static void check(String written, String upper) {
        int length = NameChars.length(written);
        if (length == 0) {
            throw Messages.reject("volser.empty", written);
        }
        if (length > LENGTH_MAX) {
            throw Messages.reject("volser.length", written, length);
        }
        for (int i = 0; i < upper.length(); i++) {
            if (!NameChars.isVolserChar(upper.charAt(i))) {
                throw Messages.reject("volser.char", written, NameChars.describe(written, i), i + 1);
            }
        }
    }

    /** The width of the number both ends finish with, once it is sure they form a range. */
    private static int numberWidth(String first, String last) {
        int firstWidth = trailingDigitCount(first);
        int lastWidth = trailingDigitCount(last);
        if (firstWidth == 0 || lastWidth == 0) {
            throw Messages.reject("volser.range.no-number", first, last, firstWidth == 0 ? first : last);
        }
        String firstPrefix = first.substring(0, first.length() - firstWidth);
        String lastPrefix = last.substring(0, last.length() - lastWidth);
        if (!firstPrefix.equals(lastPrefix)) {
            throw Messages.reject("volser.range.prefix", first, last, firstPrefix, lastPrefix);
        }
        if (firstWidth != lastWidth) {
            throw Messages.reject("volser.range.width", first, last, firstWidth, lastWidth);
        }
        return firstWidth;
    }

    private static int trailingDigitCount(String volser) {
        int start = volser.length();
        while (start > 0 && isDigit(volser.charAt(start - 1))) {
            start--;
        }
        return volser.length() - start;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
