package io.dsmig.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real launcher in a real terminal: {@code ./dsmig} runs inside a detached tmux session, keys go
 * in with {@code send-keys} and the screen comes back with {@code capture-pane}. It runs after
 * {@code package} (the launcher needs the jar) and is skipped, saying so, where tmux is not installed.
 */
class ShellE2ETest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final long PROMPT_WAIT_SECONDS = 180;

    /** The tmux to use ({@code -Ddsmig.tmux=…}); a missing one skips the test. */
    private static final String TMUX = System.getProperty("dsmig.tmux", "tmux");

    private final String socket = "dsmig-e2e-" + ProcessHandle.current().pid();

    @TempDir
    Path dir;

    private boolean present;

    @BeforeEach
    void tmux() {
        try {
            present = new ProcessBuilder(TMUX, "-V").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException e) {
            present = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            present = false;
        }
        if (!present) {
            System.out.println("SKIPPED ShellE2ETest: tmux is not installed, so the end-to-end shell test "
                    + "cannot drive a terminal here (install tmux to run it)");
        }
        Assumptions.assumeTrue(present, "tmux is not installed: the end-to-end shell test is skipped");
        assertTrue(Files.isExecutable(ROOT.resolve("dsmig")), "no launcher at " + ROOT.resolve("dsmig"));
    }

    @AfterEach
    void killServer() throws Exception {
        if (present) {
            tmux("kill-server");
        }
    }

    @Test
    void defineAWorldMergeRunUntilDoneAndShowTheTimeline() throws Exception {
        Path history = dir.resolve("history");
        tmux("new-session", "-d", "-s", "e2e", "-x", "160", "-y", "50", "-c", ROOT.toString(),
                ROOT.resolve("dsmig") + " --history " + history + "; echo DSMIG-EXITED $?; sleep 30");
        await("the prompt", s -> s.contains(Shell.PROMPT.trim()), PROMPT_WAIT_SECONDS);

        type("image SYSA, SYSB");
        type("volume VOL001 .. VOL004 type 3390-3 online to all pool SGPROD");
        type("volume BIG001 type 3390-54 online to all");
        type("populate VOL001 .. VOL004 with 80 datasets like 'PAYROLL.**' fill 30% vsam 10%");
        await("the estate", s -> s.contains("populated 4 volumes with 80 data sets"), 60);
        type("application CICSPAY on SYSA opens 'PAYROLL.**' writes 80 tracks/s close takes 2s max 20 datasets");
        type("select volumes pool SGPROD merge into BIG001 as PAYMIG resync every 5s, close when pending < 300 tracks");
        await("the start", s -> s.contains("started PAYMIG"), 60);
        type("run until PAYMIG done");
        await("the end of the merge", s -> s.contains("PAYMIG completed at"), 120);
        type("show timeline PAYMIG");
        String screen = await("the timeline", s -> s.contains("downtime window"), 60);

        assertTrue(screen.contains("PAYMIG: "), screen);
        for (String phase : List.of("copy", "final resync", "switch catalog", "reopen")) {
            assertTrue(screen.contains("  " + phase + " "), "no " + phase + " in the timeline:\n" + screen);
        }
        assertTrue(!screen.contains("Exception"), screen);
        // The progress bar took the bottom lines while the run went on; when it went away, what followed
        // must still go below the run's own lines, with nothing before it overwritten.
        assertInOrder(screen, "populated 4 volumes with 80 data sets", "started PAYMIG", "run until PAYMIG done",
                "PAYMIG completed at", "show timeline PAYMIG", "downtime window");

        tmux("send-keys", "-t", "e2e", "C-d");
        String end = await("the exit", s -> s.contains("DSMIG-EXITED"), 30);
        assertTrue(end.contains("DSMIG-EXITED 0"), end);
        assertTrue(Files.readString(history, StandardCharsets.UTF_8).contains("show timeline PAYMIG"));
    }

    private static void assertInOrder(String screen, String... texts) {
        int from = 0;
        for (String t : texts) {
            int at = screen.indexOf(t, from);
            assertTrue(at >= 0, "'" + t + "' is not on the screen after what came before it:\n" + screen);
            from = at + t.length();
        }
    }

    private void type(String line) throws Exception {
        tmux("send-keys", "-t", "e2e", "-l", line);
        tmux("send-keys", "-t", "e2e", "Enter");
    }

    /** Polls the screen (with its scrollback) until {@code test} holds; fails with the screen if it never does. */
    private String await(String what, Predicate<String> test, long seconds) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        String screen = "";
        while (System.nanoTime() < deadline) {
            screen = tmux("capture-pane", "-p", "-J", "-S", "-200", "-t", "e2e");
            if (test.test(screen)) {
                return screen;
            }
            Thread.sleep(100);
        }
        fail("waited " + seconds + " s for " + what + "; the screen shows:\n" + screen);
        return screen;
    }

    private String tmux(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(TMUX, "-L", socket));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("tmux " + String.join(" ", args) + " did not return");
        }
        if (p.exitValue() != 0 && !args[0].equals("kill-server")) {
            assertEquals(0, p.exitValue(), "tmux " + String.join(" ", args) + ": " + out);
        }
        return out;
    }
}
