package io.dsmig.shell;

import java.io.PrintStream;
import io.dsmig.dsl.BatchRunner;
import java.util.Arrays;

/**
 * The {@code dsmig} command line. Until the interactive shell exists it prints its version and usage.
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
        if (rest.length == 0 || rest[0].equals("--version") || rest[0].equals("version")) {
            out.println("dsmig " + version());
            if (rest.length == 0) {
                out.println(usage());
            }
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

    static String version() {
        String v = Main.class.getPackage().getImplementationVersion();
        return v == null ? "(development build)" : v;
    }

    static String usage() {
        return String.join(System.lineSeparator(),
                "usage: dsmig [--verbose] [--version | --help]",
                "       dsmig run FILE... [--seed N] [--set NAME=VALUE ...]   run scripts in batch",
                "       dsmig bench [NAME ...] [--json]   run benchmarks and print their figures");
    }
}
