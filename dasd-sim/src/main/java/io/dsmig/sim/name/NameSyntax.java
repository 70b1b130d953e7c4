package io.dsmig.sim.name;

import java.util.ArrayList;
import java.util.List;

/**
 * The rules data set names and masks share: at most 44 characters, qualifiers separated by single
 * periods. What a qualifier may hold differs between the two, so each passes its own check.
 *
 * <p>Qualifiers are checked strictly left to right and the first problem wins: everything before
 * it is then valid ASCII, so a character index is also the position a user counts.
 */
final class NameSyntax {

    /** Total length of a data set name or mask, in characters, periods included. */
    static final int NAME_LENGTH_MAX = 44;

    /** Length of one qualifier, in characters. */
    static final int QUALIFIER_LENGTH_MAX = 8;

    /** One qualifier being checked, as written and upper-cased, with where it stands. */
    record Part(String written, String value, int number, int position) {
    }

    /** The rules for what one qualifier holds; throws {@link InvalidNameException} for the first broken one. */
    interface QualifierCheck {
        void check(String text, Part part);
    }

    private NameSyntax() {
    }

    /**
     * Checks {@code written} (and its upper-cased form {@code value}) and returns its upper-cased
     * qualifiers. {@code kind} is the message key prefix: {@code dsn} or {@code mask}.
     */
    static List<String> qualifiers(String written, String value, String kind, QualifierCheck check) {
        checkLength(written, kind);
        List<String> qualifiers = new ArrayList<>();
        int start = 0;
        while (true) {
            int end = value.indexOf('.', start);
            if (end < 0) {
                end = value.length();
            }
            checkNotEmpty(written, kind, start, end);
            Part part = new Part(written.substring(start, end), value.substring(start, end),
                    qualifiers.size() + 1, start + 1);
            check.check(written, part);
            qualifiers.add(part.value());
            if (end == value.length()) {
                return List.copyOf(qualifiers);
            }
            start = end + 1;
        }
    }

    private static void checkLength(String written, String kind) {
        int length = NameChars.length(written);
        if (length == 0) {
            throw Messages.reject(kind + ".empty", written);
        }
        if (length > NAME_LENGTH_MAX) {
            throw Messages.reject(kind + ".length", written, length);
        }
    }

    private static void checkNotEmpty(String written, String kind, int start, int end) {
        if (start < end) {
            return;
        }
        if (start == 0) {
            throw Messages.reject(kind + ".leading-period", written);
        }
        if (end == written.length()) {
            throw Messages.reject(kind + ".trailing-period", written);
        }
        // The empty qualifier sits between the period at index start - 1 and the one at start.
        throw Messages.reject(kind + ".double-period", written, start, start + 1);
    }

    /** A rejection that points at the character at {@code index} of the qualifier {@code part}. */
    static InvalidNameException rejectAt(String key, String text, Part part, int index) {
        return Messages.reject(key, text, part.number(), part.written(),
                NameChars.describe(part.written(), index), part.position() + index);
    }
}
