package io.dsmig.bench;

/**
 * One benchmark: it runs a fixed workload and returns named figures. Register an implementation in
 * {@code META-INF/services/io.dsmig.bench.Benchmark}; {@code ./dsmig bench NAME} runs it.
 */
public interface Benchmark {

    /** The name used on the command line, for example {@code estate}. */
    String name();

    /** One line for the listing. */
    String description();

    /** Runs the workload and returns its figures; the harness adds nothing of its own. */
    Figures run();
}
