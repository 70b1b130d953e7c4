package io.dsmig.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The golden corpus: every script under {@code src/test/resources/corpus/<feature>/} runs in batch
 * mode and must do what its comments say:
 * <ul>
 * <li>{@code # exit: N} — the exit code (0 when absent);</li>
 * <li>{@code # args: --seed 5 --set HLQ=PAYROLL} — command-line arguments after the file (another
 * {@code .dsmig} file named there is taken from the script's folder);</li>
 * <li>{@code # expect: text} — standard output contains the text;</li>
 * <li>{@code # expect-not: text} — standard output does not contain it;</li>
 * <li>{@code # error LINE:COL: text} — a diagnostic at that position whose message contains the text;</li>
 * <li>{@code # stderr: text} — standard error contains the text;</li>
 * <li>{@code # stderr-not: text} — standard error does not contain it.</li>
 * </ul>
 * No script may print a Java stack trace.
 */
class CorpusTest {

    private static final Pattern ERROR = Pattern.compile("#\\s*error (\\d+):(\\d+): (.*)");

    static Path corpus() {
        try {
            return Path.of(CorpusTest.class.getResource("/corpus").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Path> scripts() {
        try (Stream<Path> files = Files.walk(corpus())) {
            return files.filter(f -> f.toString().endsWith(".dsmig")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyCorpusScriptDoesWhatItsCommentsSay() {
        return scripts().stream().map(f -> DynamicTest.dynamicTest(corpus().relativize(f).toString(), () -> check(f)));
    }

    @Test
    void theCorpusCoversEnoughScriptsAndFeatures() throws IOException {
        List<Path> all = scripts();
        long features = all.stream().map(Path::getParent).distinct().count();
        assertTrue(all.size() >= 70, "the corpus has " + all.size() + " scripts; it needs at least 70");
        assertTrue(features >= 12, "the corpus covers " + features + " features; it needs at least 12");
    }

    private static void check(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        List<String> args = new ArrayList<>(List.of(file.toString()));
        int exit = 0;
        for (String line : lines) {
            String t = line.trim();
            if (t.startsWith("# exit:")) {
                exit = Integer.parseInt(t.substring("# exit:".length()).trim());
            } else if (t.startsWith("# args:")) {
                for (String a : t.substring("# args:".length()).trim().split("\\s+")) {
                    // Another script named in the arguments is found next to this one, wherever the test runs from.
                    Path sibling = file.resolveSibling(a);
                    args.add(a.endsWith(".dsmig") && Files.exists(sibling) ? sibling.toString() : a);
                }
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new BatchRunner(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args).code();
        String stdout = out.toString(StandardCharsets.UTF_8);
        String stderr = err.toString(StandardCharsets.UTF_8);
        String both = "\n--- stdout ---\n" + stdout + "\n--- stderr ---\n" + stderr;
        assertEquals(exit, code, "exit code of " + file.getFileName() + both);
        assertTrue(!stderr.contains("\tat ") && !stdout.contains("\tat "), "a stack trace was printed" + both);
        for (String line : lines) {
            String t = line.trim();
            Matcher m = ERROR.matcher(t);
            if (t.startsWith("# expect:")) {
                String want = t.substring("# expect:".length()).trim();
                assertTrue(stdout.contains(want), "stdout should contain '" + want + "'" + both);
            } else if (t.startsWith("# expect-not:")) {
                String unwanted = t.substring("# expect-not:".length()).trim();
                assertTrue(!stdout.contains(unwanted), "stdout should not contain '" + unwanted + "'" + both);
            } else if (t.startsWith("# stderr-not:")) {
                String unwanted = t.substring("# stderr-not:".length()).trim();
                assertTrue(!stderr.contains(unwanted), "stderr should not contain '" + unwanted + "'" + both);
            } else if (t.startsWith("# stderr:")) {
                String want = t.substring("# stderr:".length()).trim();
                assertTrue(stderr.contains(want), "stderr should contain '" + want + "'" + both);
            } else if (m.matches()) {
                String at = ":" + m.group(1) + ":" + m.group(2) + ": ";
                String message = m.group(3);
                boolean found = stderr.lines().anyMatch(l -> l.contains(at) && l.contains(message));
                if (!found) {
                    fail("expected a diagnostic at " + m.group(1) + ":" + m.group(2) + " containing '" + message + "'" + both);
                }
            }
        }
    }
}
