package io.dsmig.sim.name;

import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * The character classes of z/OS names, and the random characters the example generator draws.
 * Only ASCII counts: z/OS names are EBCDIC upper case, so any other character is rejected rather
 * than folded.
 */
final class NameChars {

    private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String DIGITS = "0123456789";
    private static final String NATIONAL = "#@$";
    private static final String RARE_INSIDE = "#@$-";

    private NameChars() {
    }

    /** A–Z and the national characters #, @ and $: what a qualifier may start with. */
    static boolean isQualifierStart(char c) {
        return (c >= 'A' && c <= 'Z') || c == '#' || c == '@' || c == '$';
    }

    /** What a volser is made of: A–Z, 0–9, #, @ and $. */
    static boolean isVolserChar(char c) {
        return isQualifierStart(c) || (c >= '0' && c <= '9');
    }

    /** What a qualifier continues with: the volser characters and the hyphen. */
    static boolean isQualifierChar(char c) {
        return isVolserChar(c) || c == '-';
    }

    /**
     * Folds a–z to A–Z and leaves every other character alone. {@link String#toUpperCase} is not
     * used because it folds non-ASCII letters too (and 'ß' to "SS", which changes the length), so
     * an invalid character would be reported as something the user did not write.
     */
    static String upperCase(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] >= 'a' && chars[i] <= 'z') {
                chars[i] = (char) (chars[i] - 'a' + 'A');
            }
        }
        return new String(chars);
    }

    /** Describes the character at {@code index} for a message: {@code '_'}, {@code a space}, {@code U+0009}. */
    static String describe(String text, int index) {
        int codePoint = text.codePointAt(index);
        if (codePoint == ' ') {
            return "a space";
        }
        if (isVisible(codePoint)) {
            return "'" + Character.toString(codePoint) + "'";
        }
        return String.format(Locale.ROOT, "U+%04X", codePoint);
    }

    /** Whether quoting the character shows the reader something; tabs, joiners and halves of pairs do not. */
    private static boolean isVisible(int codePoint) {
        switch (Character.getType(codePoint)) {
            case Character.UNASSIGNED, Character.CONTROL, Character.FORMAT, Character.SURROGATE,
                    Character.PRIVATE_USE, Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR,
                    Character.PARAGRAPH_SEPARATOR:
                return false;
            default:
                return true;
        }
    }

    /** Number of characters as a user counts them: a character outside the BMP is one, not two. */
    static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    /**
     * A random first character of a qualifier. Mostly letters, now and then a national character,
     * so that generated estates look like real ones but still exercise every valid character.
     */
    static char randomStart(RandomGenerator random) {
        return random.nextInt(16) == 0 ? pick(NATIONAL, random) : pick(LETTERS, random);
    }

    /** A random character after the first: letters, digits, and rarely #, @, $ or a hyphen. */
    static char randomInside(RandomGenerator random) {
        int roll = random.nextInt(16);
        if (roll == 0) {
            return pick(RARE_INSIDE, random);
        }
        return roll < 6 ? pick(DIGITS, random) : pick(LETTERS, random);
    }

    private static char pick(String choices, RandomGenerator random) {
        return choices.charAt(random.nextInt(choices.length()));
    }
}
