package io.dsmig.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CompletionsTest {

    private Interpreter dsmig;
    private Completions completions;

    @BeforeEach
    void world() {
        dsmig = new Interpreter(Output.NONE, Map.of(), 1L);
        Interpreter.Outcome o = dsmig.execute(new Source("<test>", String.join("\n",
                "image SYSA, SYSB",
                "volume VOL001 .. VOL003 type 3390-3",
                "volume BIG001 type 3390-9",
                "dataset 'PAYROLL.MASTER' on VOL001 space cyl 10 1",
                "application CICSPAY on SYSA opens 'PAYROLL.**' stopped")), Path.of("."));
        assertTrue(o.ok(), o.diagnostics().toString());
        completions = new Completions(dsmig);
    }

    private List<String> at(String text) {
        return completions.at(text, text.length()).stream().map(Completions.Candidate::value).toList();
    }

    @Test
    void atTheStartOfAStatementTheStatementKeywordsAreOffered() {
        List<String> c = at("sel");
        assertEquals(List.of("select"), c);
        assertTrue(at("").containsAll(List.of("volume", "select", "run", "show", "application")), at("").toString());
    }

    @Test
    void whereAVolumeIsWantedTheWorldsVolsersAreOffered() {
        List<String> c = at("select datasets 'PAYROLL.**' merge into B");
        assertTrue(c.contains("BIG001"), c.toString());
        assertTrue(!c.contains("VOL001"), c.toString());
    }

    @Test
    void afterAMigrationsTargetsTheOptionsAndAsAreOffered() {
        List<String> c = at("select datasets 'PAYROLL.**' merge into BIG001 ");
        assertTrue(c.containsAll(List.of("as", "resync", "verify")), c.toString());
    }

    @Test
    void insideQuotesDataSetNamesAndMasksAreOffered() {
        List<String> c = at("show datasets 'PAY");
        assertTrue(c.contains("PAYROLL.MASTER'"), c.toString());
        assertTrue(c.contains("PAYROLL.**'"), c.toString());
    }

    @Test
    void whereAnImageIsWantedTheImagesAreOffered() {
        List<String> c = at("application X on S");
        assertTrue(c.containsAll(List.of("SYSA", "SYSB")), c.toString());
    }

    @Test
    void aDeviceTypeIsOfferedAfterType() {
        List<String> c = at("volume NEW001 type 3390-");
        assertTrue(c.contains("3390-54"), c.toString());
    }
}
