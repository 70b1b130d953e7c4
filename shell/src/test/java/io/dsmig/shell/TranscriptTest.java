package io.dsmig.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Full transcripts: each file in {@code src/test/resources/transcripts} is a shell session as a user
 * would see it on a plain terminal — lines after {@code dsmig> } (and {@code   ...> } for a statement's
 * continuation) are typed, the rest is what the shell answers. The test types the same lines into a
 * fresh shell and compares the whole session. After an intended change of output, regenerate with
 * {@code mvn -pl shell -am test -Dtest=TranscriptTest -Ddsmig.transcripts.update=true
 * -Dsurefire.failIfNoSpecifiedTests=false} and review the diff.
 */
class TranscriptTest {

    private static final Path DIR = Path.of("src/test/resources/transcripts");
    private static final boolean UPDATE = Boolean.getBoolean("dsmig.transcripts.update");

    @TestFactory
    Stream<DynamicTest> transcripts() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(DIR)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> check(f)));
    }

    private static void check(Path file) throws IOException {
        String expected = Files.readString(file, StandardCharsets.UTF_8);
        String actual = replay(inputs(expected));
        if (UPDATE) {
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            return;
        }
        assertEquals(expected, actual, file + " differs; if the change is intended, regenerate with "
                + "-Ddsmig.transcripts.update=true and review the diff");
    }

    /** The typed statements of a transcript: a prompt line and its continuation lines. */
    static List<String> inputs(String transcript) {
        List<String> inputs = new ArrayList<>();
        for (String line : transcript.split("\n", -1)) {
            if (line.startsWith(Shell.PROMPT)) {
                inputs.add(line.substring(Shell.PROMPT.length()));
            } else if (line.startsWith(Shell.CONTINUATION) && !inputs.isEmpty()) {
                int last = inputs.size() - 1;
                inputs.set(last, inputs.get(last) + "\n" + line.substring(Shell.CONTINUATION.length()));
            }
        }
        return inputs;
    }

    /** Types each statement into a fresh shell on a plain terminal; the session as it would appear. */
    static String replay(List<String> inputs) {
        StringBuilder session = new StringBuilder();
        try (TestTerminal term = TestTerminal.dumb()) {
            Shell shell = new Shell(term.terminal(), null);
            for (String input : inputs) {
                String[] lines = input.split("\n", -1);
                session.append(Shell.PROMPT).append(lines[0]).append('\n');
                for (int i = 1; i < lines.length; i++) {
                    session.append(Shell.CONTINUATION).append(lines[i]).append('\n');
                }
                shell.handle(input);
                session.append(term.drain());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return session.toString();
    }
}
