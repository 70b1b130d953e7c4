package io.dsmig.sim.name;

import java.util.List;
import java.util.Objects;

/**
 * A z/OS data set name: 1 to 44 characters, qualifiers of 1 to 8 characters separated by periods;
 * a qualifier starts with A–Z, #, @ or $ and continues with those, 0–9 or a hyphen. Use it
 * wherever a data set is named, so that a bad name is rejected once, where it is written, with a
 * message that says which qualifier and which character are wrong.
 *
 * <p>Lower-case letters are folded to upper case, as TSO does for a quoted name, so
 * {@code DataSetName.of("payroll.master")} equals {@code DataSetName.of("PAYROLL.MASTER")}.
 * Names sort by their text.
 *
 * <pre>{@code
 * DataSetName name = DataSetName.of("PAYROLL.MASTER.G0001V00");
 * name.highLevelQualifier();   // "PAYROLL": picks the user catalog through its alias
 * name.qualifierCount();       // 3
 * }</pre>
 *
 * @param value the name, upper case
 */
public record DataSetName(String value) implements Comparable<DataSetName> {

    /** Length of a whole name, in characters, periods included. */
    public static final int LENGTH_MAX = NameSyntax.NAME_LENGTH_MAX;

    /** Length of one qualifier, in characters. */
    public static final int QUALIFIER_LENGTH_MAX = NameSyntax.QUALIFIER_LENGTH_MAX;

    /**
     * Validates and upper-cases {@code value}.
     *
     * @throws InvalidNameException if it is not a valid data set name
     */
    public DataSetName {
        Objects.requireNonNull(value, "value");
        String upper = NameChars.upperCase(value);
        NameSyntax.qualifiers(value, upper, "dsn", DataSetName::checkQualifier);
        value = upper;
    }

    /**
     * The data set name written as {@code text}, in any case, without quotes.
     *
     * @throws InvalidNameException if it is not a valid data set name
     */
    public static DataSetName of(String text) {
        return new DataSetName(text);
    }

    /** The qualifiers, first (the high-level qualifier) to last. */
    public List<String> qualifiers() {
        return List.of(value.split("\\."));
    }

    /** The number of qualifiers, 1 to 22. */
    public int qualifierCount() {
        int count = 1;
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) == '.') {
                count++;
            }
        }
        return count;
    }

    /** The first qualifier: catalogs use it to find the user catalog through its alias. */
    public String highLevelQualifier() {
        int period = value.indexOf('.');
        return period < 0 ? value : value.substring(0, period);
    }

    @Override
    public int compareTo(DataSetName other) {
        return value.compareTo(other.value);
    }

    /** The name itself, so that it reads naturally in messages. */
    @Override
    public String toString() {
        return value;
    }

    private static void checkQualifier(String text, NameSyntax.Part part) {
        String qualifier = part.value();
        for (int i = 0; i < qualifier.length(); i++) {
            char c = qualifier.charAt(i);
            if (!NameChars.isQualifierChar(c)) {
                throw NameSyntax.rejectAt("dsn.char", text, part, i);
            }
            if (i == 0 && !NameChars.isQualifierStart(c)) {
                throw NameSyntax.rejectAt("dsn.start", text, part, i);
            }
        }
        if (qualifier.length() > QUALIFIER_LENGTH_MAX) {
            throw Messages.reject("dsn.qualifier-length", text, part.number(), part.written(), qualifier.length());
        }
    }
}
