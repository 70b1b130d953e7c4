package io.dsmig.sim.name;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Draws random data set names that match a mask, for estate generators. Names come out varied:
 * {@code PAYROLL.**} gives {@code PAYROLL.K7Q}, {@code PAYROLL.B2.X-4@QZ}, and only rarely
 * {@code PAYROLL} itself.
 */
final class MaskExamples {

    /**
     * Counting one period after every qualifier, the last included, a name of at most 44
     * characters costs at most 45. This makes every qualifier cost its length plus one.
     */
    private static final int COST_MAX = NameSyntax.NAME_LENGTH_MAX + 1;

    private static final int GENERATED_QUALIFIER_LENGTH_MIN = 3;

    private MaskExamples() {
    }

    /** A name matching the mask with the given (valid) qualifiers, as text. */
    static String generate(List<String> maskQualifiers, RandomGenerator random) {
        int[] reserve = reserves(maskQualifiers);
        List<String> name = new ArrayList<>();
        int cost = 0;
        for (int i = 0; i < maskQualifiers.size(); i++) {
            // What the rest of the mask needs at least stays reserved, so the name never passes 44.
            int room = COST_MAX - cost - reserve[i];
            String pattern = maskQualifiers.get(i);
            int lengthMax = Math.min(NameSyntax.QUALIFIER_LENGTH_MAX, room - 1);
            List<String> produced = Mask.ANY_QUALIFIERS.equals(pattern)
                    ? anyQualifiers(room, random)
                    : List.of(QualifierPattern.fill(pattern, lengthMax, random));
            for (String qualifier : produced) {
                name.add(qualifier);
                cost += qualifier.length() + 1;
            }
        }
        if (name.isEmpty()) {
            // A mask of nothing but '**' matches every name, but no name is empty.
            name.add(randomQualifier(NameSyntax.QUALIFIER_LENGTH_MAX, random));
        }
        return String.join(".", name);
    }

    /** For each mask qualifier, the least cost of the qualifiers after it. */
    private static int[] reserves(List<String> maskQualifiers) {
        int[] reserve = new int[maskQualifiers.size()];
        int after = 0;
        for (int i = maskQualifiers.size() - 1; i >= 0; i--) {
            reserve[i] = after;
            String pattern = maskQualifiers.get(i);
            if (!Mask.ANY_QUALIFIERS.equals(pattern)) {
                after += QualifierPattern.minimumLength(pattern) + 1;
            }
        }
        return reserve;
    }

    /**
     * Zero to two random qualifiers for a {@code **}. Zero is drawn only one time in sixteen, so that
     * a mask like {@code PAYROLL.**} does not keep producing {@code PAYROLL} itself.
     */
    private static List<String> anyQualifiers(int room, RandomGenerator random) {
        int roll = random.nextInt(16);
        int count = roll == 0 ? 0 : roll < 8 ? 1 : 2;
        List<String> qualifiers = new ArrayList<>(count);
        for (int k = 0; k < count && room >= 2; k++) {
            String qualifier = randomQualifier(Math.min(NameSyntax.QUALIFIER_LENGTH_MAX, room - 1), random);
            qualifiers.add(qualifier);
            room -= qualifier.length() + 1;
        }
        return qualifiers;
    }

    /** A random qualifier, 3 to {@code lengthMax} characters long (shorter only when room is short). */
    private static String randomQualifier(int lengthMax, RandomGenerator random) {
        int lengthMin = Math.min(GENERATED_QUALIFIER_LENGTH_MIN, lengthMax);
        int length = lengthMin + random.nextInt(lengthMax - lengthMin + 1);
        StringBuilder out = new StringBuilder(length);
        QualifierPattern.appendRandom(out, length, random);
        return out.toString();
    }
}
