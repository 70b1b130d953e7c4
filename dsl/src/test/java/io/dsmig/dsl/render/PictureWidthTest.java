package io.dsmig.dsl.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dsmig.dsl.Interpreter;
import io.dsmig.dsl.Output;
import io.dsmig.dsl.Source;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The pictures fit the terminal they are drawn on: no line of a timeline or a volume map wraps. */
class PictureWidthTest {

    @ParameterizedTest
    @ValueSource(ints = {60, 72, 80, 100, 160})
    void timelinesAndMapsFitTheWidth(int columns) {
        List<String> lines = new ArrayList<>();
        Interpreter dsmig = new Interpreter(new Output() {
            @Override
            public void line(String text) {
                lines.add(text);
            }

            @Override
            public void problem(String text) {
                lines.add(text);
            }

            @Override
            public boolean rich() {
                return true;
            }

            @Override
            public int columns() {
                return columns;
            }
        }, Map.of(), 3L);
        Interpreter.Outcome o = dsmig.execute(new Source("<test>", """
                image SYSA
                volume VOL001 .. VOL002 type 3390-3
                volume BIG001 type 3390-9
                populate VOL001 .. VOL002 with 20 datasets like 'PAY.**' fill 40%
                application APP on SYSA opens 'PAY.**' writes 40 tracks/s close takes 1s
                select volumes VOL001 .. VOL002 merge into BIG001 as M
                run until M done
                """), Path.of("."));
        assertTrue(o.ok(), lines::toString);
        lines.clear();
        dsmig.execute(new Source("<test>", "show timeline M\nshow volume BIG001 map"), Path.of("."));

        assertTrue(lines.stream().anyMatch(l -> l.startsWith("  downtime window ")), lines::toString);
        assertTrue(lines.stream().anyMatch(l -> l.contains("closed ") && l.contains(", reopened ")), lines::toString);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("BIG001 (3390-9)")), lines::toString);
        for (String l : lines) {
            if (!l.startsWith("M: ") && !l.startsWith("BIG001 (") && !l.matches("  [A-Z*] PAY.*")) {
                assertTrue(l.length() <= columns, () -> "wider than " + columns + " columns: '" + l + "'\n" + lines);
            }
        }
    }
}
