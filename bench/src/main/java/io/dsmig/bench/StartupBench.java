package io.dsmig.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Launch to prompt: {@code ./dsmig} started in a pseudo-terminal (util-linux {@code script}), timed
 * from the process start until {@code dsmig>} appears; then a Groovy hook is typed at once, timed until
 * the next prompt — at once, and after a pause as a person typing it would take, during which Groovy
 * warms up in the background. Medians of 5 launches each way, after one untimed launch that brings the
 * jars into the page cache.
 */
public final class StartupBench implements Benchmark {

    static final int RUNS = 5;
    static final long WAIT_MILLIS_MAX = 120_000;
    static final String PROMPT = "dsmig> ";
    /** How long a person takes to type a hook's first line, at the least. */
    static final long TYPING_PAUSE_MILLIS = 2_000;

    @Override
    public String name() {
        return "startup";
    }

    @Override
    public String description() {
        return "launch ./dsmig in a terminal until the prompt appears, then the first hook compiled";
    }

    @Override
    public Figures run() {
        try {
            return measure(root());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static Figures measure(Path root) throws InterruptedException {
        launch(root, 0);
        double[] prompt = new double[2 * RUNS];
        double[] hookAtOnce = new double[RUNS];
        double[] hookAfterPause = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            double[] t = launch(root, 0);
            prompt[2 * i] = t[0];
            hookAtOnce[i] = t[1];
            t = launch(root, TYPING_PAUSE_MILLIS);
            prompt[2 * i + 1] = t[0];
            hookAfterPause[i] = t[1];
        }
        Arrays.sort(prompt);
        Arrays.sort(hookAtOnce);
        Arrays.sort(hookAfterPause);
        return new Figures()
                .put("promptMillis", prompt[RUNS], "median of " + 2 * RUNS + " launches; target under 1500")
                .put("promptMillisMax", prompt[2 * RUNS - 1])
                .put("firstHookMillis", hookAtOnce[RUNS / 2], "a hook entered the moment the prompt shows, until the "
                        + "next prompt (Groovy still warming)")
                .put("firstHookAfterPauseMillis", hookAfterPause[RUNS / 2], "the same, entered "
                        + TYPING_PAUSE_MILLIS / 1000 + " s after the prompt (Groovy warmed in the background)");
    }

    /** The checkout: {@code -Ddsmig.root} from the launcher, else the parent of the jar's target folder. */
    static Path root() {
        String property = System.getProperty("dsmig.root");
        if (property != null) {
            return Path.of(property);
        }
        try {
            Path jar = Path.of(StartupBench.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return jar.getParent().getParent().getParent();
        } catch (Exception e) {
            throw new IllegalStateException("cannot tell where the checkout is; run through ./dsmig bench", e);
        }
    }

    /** One launch: milliseconds to the prompt, then from entering a hook (after a pause) to the next prompt. */
    private static double[] launch(Path root, long pauseMillis) throws InterruptedException {
        Path launcher = root.resolve("dsmig");
        if (!Files.isExecutable(launcher)) {
            throw new IllegalStateException("no launcher at " + launcher);
        }
        try {
            Path history = Files.createTempFile("dsmig-bench-history", "");
            // script(1) gives the shell a pseudo-terminal; its size starts at 0x0, so set one first.
            List<String> command = List.of("script", "-qfec", "stty cols 160 rows 50; exec " + launcher + " --history "
                    + history, "/dev/null");
            long start = System.nanoTime();
            Process p = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true).start();
            try {
                InputStream screen = p.getInputStream();
                ByteArrayOutputStream seen = new ByteArrayOutputStream();
                awaitPrompts(screen, seen, 1);
                double promptMillis = (System.nanoTime() - start) / 1e6;
                OutputStream keys = p.getOutputStream();
                Thread.sleep(pauseMillis);
                long typed = System.nanoTime();
                keys.write("on close request groovy \"\"\"log('closing')\"\"\"\r".getBytes(StandardCharsets.UTF_8));
                keys.flush();
                awaitPrompts(screen, seen, 2);
                double hookMillis = (System.nanoTime() - typed) / 1e6;
                String shown = seen.toString(StandardCharsets.UTF_8);
                if (shown.contains("error")) {
                    throw new IllegalStateException("the hook was refused:\n" + shown);
                }
                keys.write(4);
                keys.flush();
                if (!p.waitFor(30, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("dsmig did not leave on Ctrl-D");
                }
                return new double[] {promptMillis, hookMillis};
            } finally {
                p.destroyForcibly();
                Files.deleteIfExists(history);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot launch dsmig under script(1): " + e.getMessage(), e);
        }
    }

    /** Reads the terminal until the prompt has appeared {@code count} times in all. */
    private static void awaitPrompts(InputStream screen, ByteArrayOutputStream seen, int count) throws IOException {
        long deadline = System.nanoTime() + WAIT_MILLIS_MAX * 1_000_000;
        byte[] buffer = new byte[4096];
        while (prompts(seen) < count) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no prompt within " + WAIT_MILLIS_MAX / 1000 + " s; the terminal shows:\n"
                        + seen.toString(StandardCharsets.UTF_8));
            }
            int n = screen.read(buffer);
            if (n < 0) {
                throw new IllegalStateException("dsmig ended before its prompt; the terminal shows:\n"
                        + seen.toString(StandardCharsets.UTF_8));
            }
            seen.write(buffer, 0, n);
        }
    }

    private static int prompts(ByteArrayOutputStream seen) {
        String s = seen.toString(StandardCharsets.UTF_8);
        int n = 0;
        for (int i = s.indexOf(PROMPT); i >= 0; i = s.indexOf(PROMPT, i + PROMPT.length())) {
            n++;
        }
        return n;
    }
}
