package io.dsmig.dsl;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.dsmig.dsl.parse.DsmigLexer;
import io.dsmig.dsl.parse.ScriptParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Feeds the parser and the checker thousands of generated scripts from one fixed seed and checks that
 * every one ends in diagnostics or in none — never in an exception — and that diagnostics point into
 * the script. Two generators: token streams built from the lexer's vocabulary (pure soup, and corpus
 * lines whose tokens are swapped for others of the same kind), and mutations of the corpus scripts
 * (tokens or characters deleted, duplicated, swapped or inserted, scripts truncated).
 *
 * <p>Each iteration has its own random source derived from the seed and its number, so a failure
 * prints {@code reproduce with seed=N iteration=I} and
 * {@code mvn -pl dsl -am test -Dtest=FuzzTest -Dfuzz.seed=N -Dfuzz.iteration=I} runs that input alone;
 * {@code -Dfuzz.count=N} runs N inputs of each kind instead of the default.
 * Nothing is executed: {@link Interpreter#check} parses and checks only.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class FuzzTest {

    private static final long SEED = Long.getLong("fuzz.seed", 20_261_122L);
    private static final int ONLY = Integer.getInteger("fuzz.iteration", -1);
    private static final int TOKEN_STREAMS = Integer.getInteger("fuzz.count", 3_000);
    private static final int MUTATIONS = Integer.getInteger("fuzz.count", 3_000);

    private static final String[] NAMES = {"SYSA", "SYSB", "VOL001", "VOL002", "TGT001", "SRC001", "PAYMIG", "MIG1",
        "CICSPAY", "JOBS", "PRIMARY", "A", "X9", "VOLUME01", "SYS_A", "APP-1", "1ABC", "ALL", "M", "@#$"};
    private static final String[] STRINGS = {"'PAYROLL.**'", "'PAYROLL.MASTER'", "'A.B'", "'UCAT.PROD'", "'${HLQ}.X'",
        "'**'", "'PAYROLL..X'", "''", "'it''s'", "\"x.groovy\"", "'small-world.dsmig'", "'out/r.json'", "'%.*'"};
    private static final String[] OTHERS = {"3390-3", "3390-A:262668", "3380-K", "9999-Z", "10s", "500ms", "1m30s",
        "0s", "2h", "99999999999999h", "30s1m", "60%", "0%", "101%", "1.5%", "0", "1", "7", "4096", "1000", "1.5", "1_000",
        "99999999999999999999",
        "${HLQ}", "${N}", "${NOPE}", "${VOLS}", "\"\"\" log('x') \"\"\"", "\"\"\" def x = ; \"\"\"", "\"\"\"\n\"\"\"",
        "..", ",", ";", "/", "<", "=", "\n", "\n", "\n", "# a comment\n", "\\\n", "\n  ", "'", "\"", "\"\"\"", "%", "{",
        "é", "\t", "${", "$"};

    /** Characters that matter to the lexer, inserted by character mutations. */
    private static final String ODD = "#'\"\\%$;{}.,\n\t 0aZ";

    private static final List<String> CORPUS = corpus();

    @Test
    void randomTokenStreamsNeverMakeTheParserOrCheckerThrow() {
        Counts counts = new Counts();
        for (int i = 0; i < TOKEN_STREAMS; i++) {
            if (ONLY >= 0 && i != ONLY) {
                continue;
            }
            Random random = random(1, i);
            String text = random.nextInt(3) == 0 ? substituted(random) : soup(random);
            feed(text, CorpusTest.corpus(), i, counts);
        }
        report("token streams", counts);
    }

    @Test
    void mutatedCorpusScriptsNeverMakeTheParserOrCheckerThrow() {
        Counts counts = new Counts();
        List<Path> scripts = CorpusTest.scripts();
        for (int i = 0; i < MUTATIONS; i++) {
            if (ONLY >= 0 && i != ONLY) {
                continue;
            }
            Random random = random(2, i);
            Path script = scripts.get(random.nextInt(scripts.size()));
            String text = mutated(read(script), random);
            feed(text, script.getParent(), i, counts);
        }
        report("mutations", counts);
    }

    /** How many inputs were accepted (no errors) and rejected (some). */
    private static final class Counts {
        int accepted;
        int rejected;
        int incomplete;
    }

    private static void feed(String text, Path dir, int iteration, Counts counts) {
        Source source = new Source("fuzz.dsmig", text);
        try {
            Diagnostics d = new Interpreter(Output.NONE, Map.of(), null).check(source, dir);
            String formatted = d.format(source);
            for (Diagnostic diagnostic : d.all()) {
                positionIsInTheScript(diagnostic, text);
            }
            assertTrue(!d.hasErrors() || !formatted.isEmpty(), "errors but nothing to print");
            if (d.hasErrors()) {
                counts.rejected++;
            } else {
                counts.accepted++;
            }
            if (ScriptParser.incomplete(text)) {
                counts.incomplete++;
            }
        } catch (Throwable e) {
            fail("reproduce with seed=" + SEED + " iteration=" + iteration + ": " + e + "\n--- input ---\n" + text
                    + "\n--- end ---", e);
        }
    }

    /** A diagnostic in the generated script points at a line of it (or just past its end) and a column. */
    private static void positionIsInTheScript(Diagnostic d, String text) {
        if (!d.pos().file().equals("fuzz.dsmig")) {
            return;
        }
        long lines = text.lines().count();
        assertTrue(d.pos().line() >= 1 && d.pos().line() <= lines + 1, "line out of the script: " + d);
        assertTrue(d.pos().column() >= 1, "column before the line: " + d);
    }

    private static void report(String what, Counts counts) {
        System.out.printf("fuzz %s (seed %d): %,d accepted, %,d rejected, %,d incomplete%n", what, SEED,
                counts.accepted, counts.rejected, counts.incomplete);
        if (ONLY < 0) {
            assertTrue(counts.accepted > 0, "no " + what + " were accepted: the generator is too wild");
            assertTrue(counts.rejected > 0, "no " + what + " were rejected: the generator is too tame");
        }
    }

    // --- Generators

    private static Random random(int generator, int iteration) {
        return new Random(SEED * 31 + generator * 1_000_003L + iteration);
    }

    /** Tokens drawn from the whole vocabulary, keywords most often. */
    private static String soup(Random random) {
        StringBuilder sb = new StringBuilder();
        int n = 1 + random.nextInt(40);
        for (int i = 0; i < n; i++) {
            sb.append(randomToken(random)).append(random.nextInt(8) == 0 ? "" : " ");
        }
        return sb.toString();
    }

    private static String randomToken(Random random) {
        int pick = random.nextInt(10);
        if (pick < 5) {
            return keyword(random);
        }
        if (pick < 7) {
            return NAMES[random.nextInt(NAMES.length)];
        }
        if (pick < 8) {
            return STRINGS[random.nextInt(STRINGS.length)];
        }
        return OTHERS[random.nextInt(OTHERS.length)];
    }

    private static String keyword(Random random) {
        while (true) {
            int type = 1 + random.nextInt(DsmigLexer.VOCABULARY.getMaxTokenType());
            String literal = DsmigLexer.VOCABULARY.getLiteralName(type);
            if (literal != null && Character.isLetter(literal.charAt(1))) {
                String word = literal.substring(1, literal.length() - 1);
                return random.nextBoolean() ? word : word.toUpperCase(java.util.Locale.ROOT);
            }
        }
    }

    /** A few corpus lines with some tokens swapped for others of the same kind: mostly valid syntax, odd names. */
    private static String substituted(Random random) {
        StringBuilder sb = new StringBuilder();
        int lines = 1 + random.nextInt(8);
        for (int l = 0; l < lines; l++) {
            String line = CORPUS.get(random.nextInt(CORPUS.size()));
            List<String> tokens = new ArrayList<>();
            for (Token t : ScriptParser.tokens(line)) {
                tokens.add(random.nextInt(4) == 0 ? sameKind(t, random) : t.getText());
            }
            sb.append(joined(tokens)).append('\n');
        }
        return sb.toString();
    }

    private static String sameKind(Token t, Random random) {
        return switch (t.getType()) {
            case DsmigLexer.ID, DsmigLexer.ALNUM -> NAMES[random.nextInt(NAMES.length)];
            case DsmigLexer.STRING -> STRINGS[random.nextInt(STRINGS.length)];
            case DsmigLexer.NUMBER -> String.valueOf(random.nextInt(random.nextInt(3) == 0 ? 100_000 : 10));
            case DsmigLexer.PERCENT -> random.nextInt(120) + "%";
            case DsmigLexer.DURATION -> random.nextInt(100) + (random.nextBoolean() ? "s" : "ms");
            case DsmigLexer.NEWLINE, DsmigLexer.SEMI -> t.getText();
            default -> t.getText().matches("[a-zA-Z]+") ? keyword(random) : randomToken(random);
        };
    }

    /** A corpus script changed in one to four places, by tokens or by characters. */
    private static String mutated(String text, Random random) {
        String s = text;
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits && !s.isEmpty(); e++) {
            s = random.nextBoolean() ? mutateTokens(s, random) : mutateCharacters(s, random);
        }
        return s;
    }

    private static String mutateTokens(String text, Random random) {
        List<String> tokens = new ArrayList<>();
        for (Token t : ScriptParser.tokens(text)) {
            tokens.add(t.getText());
        }
        if (tokens.isEmpty()) {
            return text;
        }
        int i = random.nextInt(tokens.size());
        switch (random.nextInt(5)) {
            case 0 -> tokens.remove(i);
            case 1 -> tokens.add(i, tokens.get(i));
            case 2 -> {
                int j = random.nextInt(tokens.size());
                String t = tokens.get(i);
                tokens.set(i, tokens.get(j));
                tokens.set(j, t);
            }
            case 3 -> tokens.add(i, randomToken(random));
            default -> tokens.set(i, randomToken(random));
        }
        return joined(tokens);
    }

    /** Tokens written back as a script: a blank between them, none at the start of a line (that would continue it). */
    private static String joined(List<String> tokens) {
        StringBuilder sb = new StringBuilder();
        for (String t : tokens) {
            sb.append(t);
            if (!t.endsWith("\n")) {
                sb.append(' ');
            }
        }
        return sb.toString();
    }

    private static String mutateCharacters(String text, Random random) {
        int i = random.nextInt(text.length());
        return switch (random.nextInt(5)) {
            case 0 -> text.substring(0, i) + text.substring(Math.min(text.length(), i + 1 + random.nextInt(3)));
            case 1 -> text.substring(0, i) + text.charAt(i) + text.substring(i);
            case 2 -> text.substring(0, i);
            case 3 -> i + 1 < text.length() ? text.substring(0, i) + text.charAt(i + 1) + text.charAt(i)
                    + text.substring(i + 2) : text;
            default -> text.substring(0, i) + ODD.charAt(random.nextInt(ODD.length())) + text.substring(i);
        };
    }

    private static List<String> corpus() {
        List<String> lines = new ArrayList<>();
        for (Path p : CorpusTest.scripts()) {
            read(p).lines().filter(l -> !l.isBlank() && !l.startsWith("#")).forEach(lines::add);
        }
        return lines;
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
