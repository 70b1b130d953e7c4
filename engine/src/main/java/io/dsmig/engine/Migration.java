package io.dsmig.engine;

import java.util.List;
import java.util.function.Consumer;

/**
 * A running (or finished) migration session. It advances as the simulation runs: run the kernel
 * until {@link #finished()} to see it through.
 *
 * <pre>{@code
 * Migration m = engine.start(request);
 * world.kernel().runUntil(m::finished, SimTime.seconds(24 * 3600));
 * MigrationReport r = m.report();
 * }</pre>
 */
public interface Migration {

    String name();

    Phase phase();

    /** Done or aborted. */
    boolean finished();

    /** Finished and switched to the targets. */
    boolean succeeded();

    /** Why it aborted, or null. */
    String failure();

    MigrationStatus status();

    /** Everything measured so far. */
    MigrationReport report();

    List<MigrationEvent> events();

    /** The translate table as it stands (changes while reconciliation runs). */
    List<TableEntry> table();

    /**
     * Stops the migration cleanly if it has not switched yet: targets freed, monitors removed, the
     * catalog untouched, closed applications reopened. After the switch it has nothing to undo and
     * this does nothing.
     */
    void abort(String reason);

    /** Tells {@code listener} of every event from now on. */
    void addListener(Consumer<MigrationEvent> listener);
}
