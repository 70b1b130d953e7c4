package io.dsmig.sim.name;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** {@link Mask#example}: what estate generators build their data set names from. */
class MaskExampleTest {

    private static final long[] SEEDS = {1, 7, 42, 20_240_601, -3};

    @ParameterizedTest
    @ValueSource(strings = {
        "PAYROLL.**", "PAYROLL.*", "**", "**.**", "*", "%", "**.DATA.**", "A.*.C", "A%%", "*A", "A*B*C",
        "*1", "*-", "*%", "$*.#%@", "PAYROLL.MASTER",
        // at the limits: 44 characters, eight characters per qualifier, 22 qualifiers
        "AAAAAAAA.**.BBBBBBBB.**.CCCCCCCC.**.DDDDDDDD",
        "*.*.*.*.*.*.*.*.*.*.*.*.*.*.*.*.*.*.*.*.*.*",
        "A*.B*.C*.D*.E*.F*.G*.H*.I*.J*.K*.L*.M*.N*.O",
        "*1234567.**.%%%%%%%%.**.ABCDEFG*",
        "**.A.**.B.**.C.**.D.**.E.**.F.**.G.**.H.**",
    })
    void everyExampleIsAValidNameThatMatchesItsMask(String text) {
        Mask mask = Mask.parse(text);
        for (long seed : SEEDS) {
            SplittableRandom random = new SplittableRandom(seed);
            for (int draw = 0; draw < 500; draw++) {
                DataSetName name = mask.example(random);
                String where = "mask " + text + ", draw " + draw + ": reproduce with seed=" + seed;
                assertTrue(mask.matches(name), where + ": " + name + " does not match");
                assertTrue(name.value().length() <= DataSetName.LENGTH_MAX, where + ": " + name + " is too long");
                assertEquals(name, DataSetName.of(name.value()), where);
            }
        }
    }

    @Test
    void theSameSeedGivesTheSameNames() {
        Mask mask = Mask.parse("PAYROLL.*.**");
        assertEquals(draw(mask, 7, 200), draw(mask, 7, 200));
        assertTrue(!draw(mask, 7, 200).equals(draw(mask, 8, 200)), "another seed gives other names");
    }

    @ParameterizedTest
    @ValueSource(strings = {"PAYROLL.**", "PAYROLL.*", "**.DATA.**", "**"})
    void twoThousandDrawsGiveMostlyDistinctNames(String text) {
        for (long seed : SEEDS) {
            Set<DataSetName> distinct = new HashSet<>(draw(Mask.parse(text), seed, 2_000));
            assertTrue(distinct.size() >= 1_800,
                    text + ": only " + distinct.size() + " distinct of 2000; reproduce with seed=" + seed);
        }
    }

    @Test
    void aMaskWithoutWildcardsHasOnlyItselfAsExample() {
        Mask mask = Mask.parse("sys1.parmlib");
        assertEquals(DataSetName.of("SYS1.PARMLIB"), mask.example(new SplittableRandom(1)));
    }

    private static List<DataSetName> draw(Mask mask, long seed, int count) {
        SplittableRandom random = new SplittableRandom(seed);
        List<DataSetName> names = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            names.add(mask.example(random));
        }
        return names;
    }
}
