package io.dsmig.dsl.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dsmig.dsl.Interpreter;
import io.dsmig.dsl.Output;
import io.dsmig.dsl.Source;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code rehearse select …} runs the migration in a copy of the world: what it shows is what the
 * same {@code select} then does for real, the world is left as it was, and Ctrl-C reaches the copy.
 */
class RehearsalTest {

    private static final String WORLD = """
            image SYSA, SYSB
            volume VOL001 .. VOL004 type 3390-3 online to all
            volume BIG001 type 3390-9 online to all
            populate VOL001 .. VOL004 with 40 datasets like 'PAY.**' fill 50%
            application CICS on SYSA opens 'PAY.**' writes 100 tracks/s close takes 2s
            churn JOBS on 'PAY.**' using VOL001 .. VOL004 rate 6/min
            """;
    private static final String MERGE = "select volumes VOL001 .. VOL004 merge into BIG001 as M1 verify";

    private final List<String> lines = new ArrayList<>();
    private final Interpreter dsmig = new Interpreter(new Output() {
        @Override
        public void line(String text) {
            lines.add(text);
        }

        @Override
        public void problem(String text) {
            lines.add("problem: " + text);
        }
    }, Map.of(), 7L);

    private Interpreter.Outcome type(String text) {
        return dsmig.execute(new Source("<test>", text), Path.of("."));
    }

    /** The lines a statement printed. */
    private List<String> said(String text) {
        int from = lines.size();
        Interpreter.Outcome o = type(text);
        assertTrue(o.ok(), () -> text + " failed: " + o.diagnostics().all() + "\n" + lines);
        return List.copyOf(lines.subList(from, lines.size()));
    }

    @Test
    void theRehearsalShowsWhatTheMigrationThenDoesAndChangesNothing() {
        said(WORLD + "run for 30s");
        long before = dsmig.runtime().world().kernel().eventsFired();

        List<String> rehearsal = said("rehearse " + MERGE);

        assertEquals(before, dsmig.runtime().world().kernel().eventsFired(), "the rehearsal moved the world");
        assertTrue(dsmig.runtime().migrations().isEmpty(), "the rehearsal left a migration behind");
        assertTrue(rehearsal.get(0).startsWith("rehearsal of M1 in a copy of the world from 30s"), rehearsal::toString);
        said(MERGE + "\nrun until M1 done");
        List<String> real = summaryOf("M1");
        assertEquals(real, rehearsal.subList(1, 1 + real.size()).stream().map(String::strip).toList());
        assertTrue(rehearsal.get(1).contains("M1 completed"), rehearsal::toString);
    }

    @Test
    void aRunStoppedEarlyIsReplayedToWhereItStopped() {
        said(WORLD);
        // Ctrl-C at the third slice of a run that asked for an hour: the world stops at 3s.
        int[] slices = {0};
        dsmig.runtime().onProgress(r -> {
            if (++slices[0] == 3) {
                r.interrupt();
            }
        });
        said("run for 1h");
        dsmig.runtime().onProgress(r -> { });
        long stoppedAt = dsmig.runtime().world().kernel().nowNanos();
        assertTrue(stoppedAt < 3_600_000_000_000L, "the run was not stopped early");

        List<String> rehearsal = said("rehearse " + MERGE);
        said(MERGE + "\nrun until M1 done");

        List<String> real = summaryOf("M1");
        assertEquals(real, rehearsal.subList(1, 1 + real.size()).stream().map(String::strip).toList(),
                "the copy did not stop where the run stopped");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void ctrlCReachesTheCopyAndTheWorldStaysAsItWas() throws Exception {
        said(WORLD.replace("close takes 2s", "close takes 1000h") + "run for 5s");
        long before = dsmig.runtime().world().kernel().eventsFired();
        // An application that takes a thousand hours to close, and limits far away: the rehearsal would
        // run for minutes of wall time.
        CompletableFuture<Interpreter.Outcome> rehearsing = CompletableFuture.supplyAsync(
                () -> type("rehearse " + MERGE + " close timeout 1500h"));
        Thread.sleep(300);
        dsmig.runtime().interrupt();
        Interpreter.Outcome o = rehearsing.get(50, TimeUnit.SECONDS);

        assertFalse(o.ok());
        assertTrue(o.diagnostics().all().toString().contains("the rehearsal of M1 was interrupted; nothing here changed"),
                () -> o.diagnostics().all().toString());
        assertEquals(before, dsmig.runtime().world().kernel().eventsFired());
        assertTrue(dsmig.runtime().migrations().isEmpty());
    }

    private List<String> summaryOf(String name) {
        List<String> summary = io.dsmig.dsl.render.Views.summary(dsmig.runtime().migrations().get(name).report());
        return summary.stream().map(String::strip).toList();
    }
}
