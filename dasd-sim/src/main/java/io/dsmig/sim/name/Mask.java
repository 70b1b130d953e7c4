package io.dsmig.sim.name;

import io.dsmig.sim.Check;
import io.dsmig.sim.InvariantViolation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * A data set name mask, the way storage administrators select data sets: {@code *} inside a
 * qualifier matches zero or more characters, a lone {@code *} exactly one qualifier, {@code **}
 * zero or more qualifiers, and {@code %} exactly one character. A mask without wildcards matches
 * exactly that name.
 *
 * <pre>{@code
 * Mask payroll = Mask.parse("PAYROLL.**");
 * payroll.matches("PAYROLL");              // true: ** also matches no qualifier at all
 * payroll.matches("PAYROLL.MASTER.DATA");  // true
 * Mask.parse("PAYROLL.*").matches("PAYROLL.X.Y");  // false: * is exactly one qualifier
 * Mask.parse("**.DATA.**").matches("A.DATA.B");    // true: any name with a DATA qualifier
 * }</pre>
 *
 * <p>The name rules apply where they can: at most 44 characters, no empty qualifier, at most 8
 * characters per qualifier besides {@code *}, only name characters and wildcards, and {@code **}
 * standing alone between periods ({@code A**} and {@code **B} are rejected). Lower case is folded
 * to upper case. Masks are equal when their upper-case texts are.
 */
public final class Mask {

    /** The qualifier that matches zero or more whole qualifiers. */
    static final String ANY_QUALIFIERS = "**";

    private final String text;
    private final List<String> qualifiers;

    private Mask(String text, List<String> qualifiers) {
        this.text = text;
        this.qualifiers = qualifiers;
    }

    /**
     * The mask written as {@code text}, in any case, without quotes.
     *
     * @throws InvalidNameException if it breaks a rule; the message names the qualifier and character
     */
    public static Mask parse(String text) {
        Objects.requireNonNull(text, "text");
        String upper = NameChars.upperCase(text);
        return new Mask(upper, NameSyntax.qualifiers(text, upper, "mask", Mask::checkQualifier));
    }

    /**
     * Whether {@code name} matches. Each {@code **} first matches no qualifier; when the rest then
     * fails, only the latest {@code **} takes one more qualifier, because every other mask qualifier
     * takes exactly one. So matching costs at most (mask qualifiers × name qualifiers) steps.
     */
    public boolean matches(DataSetName name) {
        List<String> names = name.qualifiers();
        int m = 0;
        int n = 0;
        int afterAny = -1;
        int anyEnd = 0;
        while (n < names.size()) {
            if (m < qualifiers.size() && isAnyQualifiers(m)) {
                afterAny = ++m;
                anyEnd = n;
            } else if (m < qualifiers.size() && QualifierPattern.matches(qualifiers.get(m), names.get(n))) {
                m++;
                n++;
            } else if (afterAny >= 0) {
                m = afterAny;
                n = ++anyEnd;
            } else {
                return false;
            }
        }
        while (m < qualifiers.size() && isAnyQualifiers(m)) {
            m++;
        }
        return m == qualifiers.size();
    }

    /**
     * Whether the data set name written as {@code name} (in any case) matches.
     *
     * @throws InvalidNameException if {@code name} is not a valid data set name, rather than
     *     quietly answering false for a typo
     */
    public boolean matches(String name) {
        return matches(DataSetName.of(name));
    }

    /** Whether the mask has any wildcard; a mask without one names exactly one data set. */
    public boolean isGeneric() {
        return QualifierPattern.isWild(text);
    }

    /**
     * The qualifiers before the first one with a wildcard: every matching name starts with them.
     * Empty for {@code **.DATA}; all the qualifiers for a mask with no wildcard; {@code [PAYROLL]}
     * for {@code PAYROLL.**}.
     */
    public List<String> fixedPrefix() {
        List<String> prefix = new ArrayList<>();
        for (String qualifier : qualifiers) {
            if (QualifierPattern.isWild(qualifier)) {
                break;
            }
            prefix.add(qualifier);
        }
        return List.copyOf(prefix);
    }

    /**
     * The high-level qualifier every matching name has, when the first qualifier has no wildcard.
     * Catalogs use it to pick the one user catalog to search through its alias; when it is empty
     * every catalog has to be searched.
     */
    public Optional<String> highLevelQualifier() {
        String first = qualifiers.get(0);
        return QualifierPattern.isWild(first) ? Optional.empty() : Optional.of(first);
    }

    /**
     * A random valid name that matches this mask, for estate generators: each {@code *} is filled
     * with 1 to 6 characters (within the 8-character qualifier limit), each {@code %} with one,
     * each {@code **} with 0 to 2 qualifiers (rarely 0), never more than 44 characters in all. The
     * same generator state gives the same name, so a seeded estate is reproducible.
     *
     * <pre>{@code
     * RandomGenerator random = new SplittableRandom(7);
     * DataSetName name = Mask.parse("PAYROLL.**").example(random);   // e.g. PAYROLL.QX4.B7
     * }</pre>
     */
    public DataSetName example(RandomGenerator random) {
        String generated = MaskExamples.generate(qualifiers, random);
        DataSetName name;
        try {
            name = DataSetName.of(generated);
        } catch (InvalidNameException e) {
            throw new InvariantViolation("mask-example-valid", "mask " + text + ": " + e.getMessage());
        }
        Check.that(matches(name), "mask-example-matches",
                () -> "mask " + text + " does not match its example " + generated);
        return name;
    }

    /** The mask in upper case, as it would be written. */
    @Override
    public String toString() {
        return text;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Mask mask && text.equals(mask.text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    private boolean isAnyQualifiers(int index) {
        return ANY_QUALIFIERS.equals(qualifiers.get(index));
    }

    private static void checkQualifier(String text, NameSyntax.Part part) {
        String qualifier = part.value();
        if (ANY_QUALIFIERS.equals(qualifier)) {
            return;
        }
        if (qualifier.contains(ANY_QUALIFIERS)) {
            throw Messages.reject("mask.double-star", text, part.number(), part.written());
        }
        checkCharacters(text, part);
        int fixedLength = QualifierPattern.fixedLength(qualifier);
        if (fixedLength > NameSyntax.QUALIFIER_LENGTH_MAX) {
            throw Messages.reject("mask.qualifier-length", text, part.number(), part.written(), fixedLength);
        }
        if (QualifierPattern.minimumLength(qualifier) > NameSyntax.QUALIFIER_LENGTH_MAX) {
            throw NameSyntax.rejectAt("mask.unmatchable", text, part, QualifierPattern.firstFixed(qualifier));
        }
    }

    private static void checkCharacters(String text, NameSyntax.Part part) {
        String qualifier = part.value();
        for (int i = 0; i < qualifier.length(); i++) {
            char c = qualifier.charAt(i);
            boolean wild = c == QualifierPattern.ANY_RUN || c == QualifierPattern.ANY_ONE;
            if (!wild && !NameChars.isQualifierChar(c)) {
                throw NameSyntax.rejectAt("mask.char", text, part, i);
            }
            if (i == 0 && !wild && !NameChars.isQualifierStart(c)) {
                throw NameSyntax.rejectAt("mask.start", text, part, i);
            }
        }
    }
}
