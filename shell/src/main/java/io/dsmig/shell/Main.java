package io.dsmig.shell;

import java.io.PrintStream;
import io.dsmig.dsl.BatchRunner;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The {@code dsmig} command line: the shell without arguments, {@code run FILE…} for batch runs,
 * {@code --version}, {@code --help}. (The launcher sends {@code dsmig bench} to the benchmark harness.)
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command line and returns the process exit code, so tests can call it without exiting. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        boolean verbose = Arrays.asList(args).contains("--verbose");
        Logging.configure(verbose);
        String[] rest = Arrays.stream(args).filter(a -> !a.equals("--verbose")).toArray(String[]::new);
        if (rest.length == 0 || rest[0].equals("--history") || rest[0].equals("shell")) {
            return shell(rest, out, err);
        }
        if (rest[0].equals("--version") || rest[0].equals("version")) {
            out.println("dsmig " + version());
            return 0;
        }
        if (rest[0].equals("--help") || rest[0].equals("help")) {
            out.println(usage());
            return 0;
        }
        if (rest[0].equals("run")) {
            return new BatchRunner(out, err).run(Arrays.asList(rest).subList(1, rest.length)).code();
        }
        err.println("dsmig: unknown command '" + rest[0] + "'");
        err.println(usage());
        return 64;
    }

    /**
     * The interactive shell on the terminal; when standard input is not a terminal, statements are read
     * from it without prompts ({@code ./dsmig < script.dsmig}).
     */
    private static int shell(String[] args, PrintStream out, PrintStream err) {
        Path history = historyFile(args);
        try {
            if (System.console() == null) {
                return Shell.piped(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), out, err);
            }
            try (Terminal terminal = TerminalBuilder.builder().system(true).name("dsmig").build()) {
                return new Shell(terminal, history).run();
            }
        } catch (IOException e) {
            err.println("dsmig: " + e.getMessage());
            return 74;
        }
    }

    /** {@code --history FILE}, else {@code $DSMIG_HISTORY}, else {@code ~/.dsmig_history}. */
    static Path historyFile(String[] args) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals("--history")) {
                return Path.of(args[i + 1]);
            }
        }
        String env = System.getenv("DSMIG_HISTORY");
        return env != null && !env.isBlank() ? Path.of(env) : Path.of(System.getProperty("user.home"), ".dsmig_history");
    }

    static String version() {
        String v = Main.class.getPackage().getImplementationVersion();
        return v == null ? "(development build)" : v;
    }

    static String usage() {
        return String.join(System.lineSeparator(),
                "usage: dsmig [--history FILE]                     the interactive shell (statements from stdin when piped)",
                "       dsmig [--verbose] [--version | --help]",
                "       dsmig run FILE... [--seed N] [--set NAME=VALUE ...]   run scripts in batch",
                "       dsmig bench [NAME ...] [--json]   run benchmarks and print their figures");
    }
}
