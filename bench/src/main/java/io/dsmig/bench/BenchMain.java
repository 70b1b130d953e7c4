package io.dsmig.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * {@code ./dsmig bench [NAME ...] [--json]}: runs the named benchmarks (all when none is named) and
 * prints a table of figures per benchmark, or one JSON line per benchmark with {@code --json}.
 */
public final class BenchMain {

    private BenchMain() {
    }

    public static void main(String[] args) {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        boolean json = false;
        List<String> names = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals("--json")) {
                json = true;
            } else if (arg.equals("--list")) {
                available().forEach(b -> out.printf(Locale.ROOT, "%-10s %s%n", b.name(), b.description()));
                return 0;
            } else if (arg.startsWith("-")) {
                err.println("dsmig bench: unknown option '" + arg + "' (use --json or --list)");
                return 64;
            } else {
                names.add(arg);
            }
        }
        List<Benchmark> chosen = choose(names, err);
        if (chosen == null) {
            return 64;
        }
        for (Benchmark bench : chosen) {
            Figures figures = bench.run();
            out.println(json ? toJson(bench.name(), figures) : toTable(bench, figures));
            out.flush();
        }
        return 0;
    }

    static List<Benchmark> available() {
        List<Benchmark> all = new ArrayList<>();
        ServiceLoader.load(Benchmark.class).forEach(all::add);
        all.sort(Comparator.comparing(Benchmark::name));
        return all;
    }

    private static List<Benchmark> choose(List<String> names, PrintStream err) {
        List<Benchmark> all = available();
        if (names.isEmpty()) {
            return all;
        }
        List<Benchmark> chosen = new ArrayList<>();
        for (String name : names) {
            Benchmark found = all.stream().filter(b -> b.name().equals(name)).findFirst().orElse(null);
            if (found == null) {
                err.println("dsmig bench: no benchmark named '" + name + "'; known: "
                        + String.join(", ", all.stream().map(Benchmark::name).toList()));
                return null;
            }
            chosen.add(found);
        }
        return chosen;
    }

    static String toJson(String name, Figures figures) {
        StringBuilder sb = new StringBuilder("{\"bench\":\"").append(name).append("\",\"figures\":{");
        String sep = "";
        for (Map.Entry<String, Double> e : figures.values().entrySet()) {
            sb.append(sep).append('"').append(e.getKey()).append("\":").append(jsonNumber(e.getValue()));
            sep = ",";
        }
        return sb.append("}}").toString();
    }

    private static String jsonNumber(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "null";
        }
        return v == Math.rint(v) && Math.abs(v) < 1e15
                ? Long.toString((long) v)
                : String.format(Locale.ROOT, "%.3f", v);
    }

    static String toTable(Benchmark bench, Figures figures) {
        int width = figures.values().keySet().stream().mapToInt(String::length).max().orElse(6);
        width = Math.max(width, "figure".length());
        StringBuilder sb = new StringBuilder();
        sb.append("bench ").append(bench.name()).append(" — ").append(bench.description()).append('\n');
        String row = "  %-" + width + "s  %14s  %s%n";
        sb.append(String.format(Locale.ROOT, row, "figure", "value", ""));
        sb.append(String.format(Locale.ROOT, row, "-".repeat(width), "-".repeat(14), ""));
        for (Map.Entry<String, Double> e : figures.values().entrySet()) {
            sb.append(String.format(Locale.ROOT, row, e.getKey(), Figures.format(e.getValue()),
                    figures.note(e.getKey())));
        }
        return sb.toString().stripTrailing() + "\n";
    }
}
