package io.dsmig.engine;

import io.dsmig.engine.internal.Sessions;
import io.dsmig.sim.services.SystemServices;
import java.util.List;
import java.util.Optional;

/**
 * Runs data-set-level mirroring migrations (seed 002) against a system, through its
 * {@link SystemServices}: {@link #plan} for a dry run, {@link #start} for the real thing.
 *
 * <pre>{@code
 * MigrationEngine engine = new MigrationEngine(new SimulatedServices(world));
 * Migration m = engine.start(MigrationRequest.of("PAYMIG", Selection.masks("PAYROLL.**"),
 *         List.of(Volser.of("BIG001"))));
 * world.kernel().runUntil(m::finished, SimTime.seconds(24 * 3600));
 * }</pre>
 */
public final class MigrationEngine {

    /** No engine runs more migrations than this at once. */
    public static final int MIGRATIONS_MAX = 64;

    private final Sessions sessions;

    public MigrationEngine(SystemServices services) {
        this(services, EngineTiming.DEFAULT);
    }

    public MigrationEngine(SystemServices services, EngineTiming timing) {
        this.sessions = new Sessions(services, timing);
    }

    /** What {@code request} would do — selection, placement, problems — changing nothing. */
    public Plan plan(MigrationRequest request) {
        return sessions.plan(request);
    }

    /**
     * Assesses {@code request} and, if nothing stands in the way, starts it; it runs as the simulation
     * runs.
     *
     * @throws MigrationRefusedException with every problem found, nothing having changed
     */
    public Migration start(MigrationRequest request) {
        return sessions.start(request, false);
    }

    /** All migrations started, in order. */
    public List<Migration> migrations() {
        return sessions.all();
    }

    public Optional<Migration> find(String name) {
        return sessions.find(name);
    }
}
