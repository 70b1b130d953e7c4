package io.dsmig.sim.name;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Checks {@link Mask#matches} against an independent oracle, a regular expression built from the
 * mask, over many random masks and names. The alphabet is tiny so that matches are frequent.
 */
class MaskMatchingTest {

    private static final int SEED_COUNT = 200;
    private static final int PAIRS_PER_SEED = 200;

    @Test
    void matchingAgreesWithARegularExpressionOracle() {
        int matched = 0;
        int unmatched = 0;
        for (long seed = 1; seed <= SEED_COUNT; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            for (int pair = 0; pair < PAIRS_PER_SEED; pair++) {
                Mask mask = Mask.parse(randomMask(random));
                DataSetName name = DataSetName.of(randomName(random));
                boolean expected = oracle(mask.toString()).matcher("." + name.value()).matches();
                assertEquals(expected, mask.matches(name),
                        mask + " against " + name + ": reproduce with seed=" + seed);
                if (expected) {
                    matched++;
                } else {
                    unmatched++;
                }
            }
        }
        // Without both outcomes in good numbers the comparison above would prove little.
        assertTrue(matched > 1_000 && unmatched > 1_000, matched + " matched, " + unmatched + " did not");
    }

    /**
     * The oracle sees the name with a period before every qualifier, so that each mask qualifier
     * is "a period and a qualifier" and {@code **} is any number of those.
     */
    private static Pattern oracle(String mask) {
        StringBuilder regex = new StringBuilder();
        for (String qualifier : mask.split("\\.")) {
            if (qualifier.equals("**")) {
                regex.append("(?:\\.[^.]+)*");
                continue;
            }
            regex.append("\\.");
            for (char c : qualifier.toCharArray()) {
                regex.append(c == '*' ? "[^.]*" : c == '%' ? "[^.]" : Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString());
    }

    private static String randomMask(SplittableRandom random) {
        List<String> qualifiers = new ArrayList<>();
        int count = 1 + random.nextInt(5);
        for (int i = 0; i < count; i++) {
            if (random.nextInt(4) == 0) {
                qualifiers.add("**");
            } else {
                qualifiers.add(randomPattern(random));
            }
        }
        return String.join(".", qualifiers);
    }

    private static String randomPattern(SplittableRandom random) {
        String[] pieces = {"A", "B", "*", "%"};
        StringBuilder pattern = new StringBuilder();
        int length = 1 + random.nextInt(4);
        while (pattern.length() < length) {
            String piece = pieces[random.nextInt(pieces.length)];
            boolean doubleStar = piece.equals("*") && pattern.length() > 0
                    && pattern.charAt(pattern.length() - 1) == '*';
            if (!doubleStar) {
                pattern.append(piece);
            }
        }
        return pattern.toString();
    }

    private static String randomName(SplittableRandom random) {
        List<String> qualifiers = new ArrayList<>();
        int count = 1 + random.nextInt(5);
        for (int i = 0; i < count; i++) {
            StringBuilder qualifier = new StringBuilder();
            int length = 1 + random.nextInt(3);
            for (int k = 0; k < length; k++) {
                qualifier.append(random.nextBoolean() ? 'A' : 'B');
            }
            qualifiers.add(qualifier.toString());
        }
        return String.join(".", qualifiers);
    }
}
