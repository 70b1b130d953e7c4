package io.dsmig.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every script in {@code examples/} runs in batch as its header says ({@code #   ./dsmig run …}, the
 * first such line): exit 0, a summary, no stack trace.
 */
class ExamplesTest {

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final Path EXAMPLES = ROOT.resolve("examples");
    private static final String USAGE = "#   ./dsmig run ";

    private record Run(int exit, String out, String err) {
    }

    private static Run run(Path script, String... more) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> args = Stream.concat(Stream.of(script.toString()), Stream.of(more)).toList();
        int exit = new BatchRunner(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args).code();
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @TestFactory
    Stream<DynamicTest> everyExampleRunsToItsSummary() throws IOException {
        List<Path> scripts;
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            scripts = files.filter(f -> f.toString().endsWith(".dsmig")).sorted().toList();
        }
        assertTrue(scripts.size() >= 5, "examples/ has " + scripts.size() + " scripts");
        return scripts.stream().map(s -> DynamicTest.dynamicTest(s.getFileName().toString(), () -> {
            List<String> usage = usage(s);
            Run r = run(ROOT.resolve(usage.get(0)), usage.subList(1, usage.size()).stream()
                    .map(a -> a.endsWith(".dsmig") ? ROOT.resolve(a).toString() : a).toArray(String[]::new));
            String both = "\n--- stdout ---\n" + r.out() + "\n--- stderr ---\n" + r.err();
            assertEquals(0, r.exit(), "exit code" + both);
            assertFalse(r.out().contains("\tat ") || r.err().contains("\tat "), "a stack trace" + both);
            assertTrue(r.out().contains("summary (simulated time "), "no summary" + both);
        }));
    }

    /** The arguments of the first {@code ./dsmig run} line of the script's header comment. */
    private static List<String> usage(Path script) throws IOException {
        String line = Files.readAllLines(script).stream().filter(l -> l.startsWith(USAGE)).findFirst()
                .orElseThrow(() -> new AssertionError(script + " does not say how to run it (" + USAGE + "…)"));
        String args = line.substring(USAGE.length()).replaceFirst("\\s*\\(.*\\)\\s*$", "").strip();
        return List.of(args.split("\\s+"));
    }

    @Test
    void theRehearsalInTheExampleShowsWhatTheMergeThenDoes() {
        Run r = run(EXAMPLES.resolve("rehearse-write-rate.dsmig"));
        List<String> lines = r.out().lines().toList();
        int rehearsal = lines.indexOf(lines.stream().filter(l -> l.startsWith("rehearsal of PAYMIG")).findFirst()
                .orElseThrow());
        int summary = lines.indexOf(lines.stream().filter(l -> l.startsWith("summary (")).findFirst().orElseThrow());
        for (int i = 1; i <= 3; i++) {
            assertEquals(lines.get(summary + i).strip(), lines.get(rehearsal + i).strip(), r.out());
        }
    }

    @Test
    void atAWriteRateTheCopyCannotFollowTheRehearsalSaysSoAndWhy() {
        Run r = run(EXAMPLES.resolve("rehearse-write-rate.dsmig"), "--set", "RATE=1200", "--set", "PENDING=100");

        assertEquals(70, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("  PAYMIG aborted: did not converge in 100 resync passes: the applications changed"),
                r.out());
        assertTrue(r.out().contains("its targets freed and the catalog untouched"), r.out());
    }
}
