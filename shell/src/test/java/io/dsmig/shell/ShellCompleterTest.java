package io.dsmig.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jline.reader.Candidate;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.Parser.ParseContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Completion at the cursor, as Tab asks for it: the line is split by the shell's parser and the
 * completer offers candidates; JLine then keeps those that start with the word typed.
 */
class ShellCompleterTest {

    private TestTerminal term;
    private Shell shell;
    private LineReader reader;

    @TempDir
    Path dir;

    @BeforeEach
    void world() {
        term = TestTerminal.dumb();
        shell = new Shell(term.terminal(), null);
        reader = LineReaderBuilder.builder().terminal(term.terminal()).parser(new ShellParser()).build();
        for (String s : List.of("image SYSA, SYSB",
                "volume VOL001, VOL002, VOL010 type 3390-3 online to all pool SGPROD",
                "volume BIG001 type 3390-54 online to all",
                "dataset 'PAYROLL.MASTER' on VOL001 space cyl 10",
                "dataset 'PAYROLL.HISTORY' on VOL002 space cyl 10",
                "application CICSPAY on SYSA opens 'PAYROLL.**' writes 10 tracks/s",
                "select volumes VOL001, VOL002 merge into BIG001 as PAYMIG")) {
            assertEquals(Shell.Step.CONTINUE, shell.handle(s), s + "\n" + term.text());
        }
    }

    @AfterEach
    void close() throws IOException {
        term.close();
    }

    /** The candidates JLine would show for {@code line} with the cursor at the {@code |}. */
    private List<String> complete(String lineWithCursor) {
        int cursor = lineWithCursor.indexOf('|');
        String line = lineWithCursor.replace("|", "");
        var parsed = new ShellParser().parse(line, cursor, ParseContext.COMPLETE);
        List<Candidate> candidates = new ArrayList<>();
        new ShellCompleter(shell).complete(reader, parsed, candidates);
        String word = parsed.word().substring(0, parsed.wordCursor());
        return candidates.stream().map(Candidate::value).filter(v -> v.regionMatches(true, 0, word, 0, word.length()))
                .distinct().sorted().toList();
    }

    @Test
    void atTheStartOfALineTheStatementKeywords() {
        List<String> all = complete("|");
        assertTrue(all.containsAll(List.of("select", "volume", "run", "show", "populate", "image")), all.toString());
        assertEquals(List.of("seed", "select"), complete("se|"));
    }

    @Test
    void keywordsValidAfterWhatIsTyped() {
        List<String> c = complete("select volumes VOL001 |");
        assertTrue(c.contains("merge"), c.toString());
        assertTrue(!c.contains("populate"), c.toString());
    }

    @Test
    void volsersWhereAVolumeIsWanted() {
        assertEquals(List.of("VOL001", "VOL002", "VOL010"), complete("show volume VOL|"));
        assertEquals(List.of("VOL010"), complete("show volume VOL01|"));
        assertTrue(complete("select volumes VOL001 merge into B|").contains("BIG001"));
    }

    @Test
    void theWordBeforeTheCursorCountsNotTheRestOfTheLine() {
        assertEquals(List.of("VOL001", "VOL002", "VOL010"), complete("select volumes VO| merge into BIG001"));
    }

    @Test
    void imagesApplicationsMigrationsAndPools() {
        assertEquals(List.of("SYSA", "SYSB"), complete("application BATCH on SY|"));
        assertTrue(complete("run until PAY|").contains("PAYMIG"), complete("run until PAY|").toString());
        assertTrue(complete("show timeline |").contains("PAYMIG"));
        assertTrue(complete("select volumes pool SG|").contains("SGPROD"));
    }

    @Test
    void dataSetNamesAndMasksInsideQuotes() {
        List<String> c = complete("select datasets 'PAYROLL.M|");
        assertTrue(c.contains("PAYROLL.MASTER"), c.toString());
        assertTrue(!c.contains("PAYROLL.HISTORY"), c.toString());
        assertTrue(complete("select datasets 'PAY|").contains("PAYROLL.**"));
    }

    @Test
    void shellCommandsAfterAColon() {
        assertEquals(List.of(":load"), complete(":lo|"));
        assertEquals(6, complete(":|").size());
    }

    @Test
    void filePathsAfterLoad() throws IOException {
        Files.writeString(dir.resolve("merge-one.dsmig"), "");
        Files.writeString(dir.resolve("merge-two.dsmig"), "");
        List<String> command = complete(":load " + dir + "/mer|");
        assertEquals(2, command.size(), command.toString());
        assertTrue(command.get(0).endsWith("merge-one.dsmig"), command.toString());
        List<String> statement = complete("load '" + dir + "/merge-t|");
        assertEquals(1, statement.size(), statement.toString());
        assertTrue(statement.get(0).endsWith("merge-two.dsmig"), statement.toString());
    }

    @Test
    void filePathsAfterAHooksRun() throws IOException {
        Files.writeString(dir.resolve("staged-close.groovy"), "");
        List<String> hook = complete("on close request for PAYMIG run '" + dir + "/stag|");
        assertEquals(1, hook.size(), hook.toString());
        assertTrue(hook.get(0).endsWith("staged-close.groovy"), hook.toString());
    }

    @Test
    void helpTopics() {
        assertEquals(List.of("populate"), complete("help pop|"));
    }
}
