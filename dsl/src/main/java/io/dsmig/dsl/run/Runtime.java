package io.dsmig.dsl.run;

import io.dsmig.dsl.Output;
import io.dsmig.dsl.check.Symbols;
import io.dsmig.dsl.hooks.GroovyHooks;
import io.dsmig.engine.Migration;
import io.dsmig.engine.MigrationEngine;
import io.dsmig.engine.MigrationStatus;
import io.dsmig.sim.World;
import io.dsmig.sim.app.Application;
import io.dsmig.sim.kernel.RunResult;
import io.dsmig.sim.kernel.SimTime;
import io.dsmig.sim.kernel.StopReason;
import io.dsmig.sim.services.SimulatedServices;
import io.dsmig.sim.sysplex.Image;
import io.dsmig.sim.volume.Volume;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The state a script (or a shell session) runs in: the world, created at the first statement that
 * needs it with the seed in effect then; the migration engine over it; the hooks registered; the
 * migrations started; and the statements run so far, for what-if replays.
 */
public final class Runtime {

    /** No {@code run} advances the simulation further than this in one go. */
    public static final long RUN_NANOS_MAX = SimTime.seconds(90L * 24 * 3600);

    /** The simulation advances in slices this long, so progress can be shown and Ctrl-C can stop it. */
    static final long SLICE_NANOS = SimTime.seconds(1);

    private final Output output;
    private final Supplier<GroovyHooks> groovy;
    private final HookRegistry hooks = new HookRegistry();
    private final Map<String, Migration> migrations = new LinkedHashMap<>();
    private final List<Executed> history = new ArrayList<>();
    private Long seedOverride;
    private long seed;
    private World world;
    private MigrationEngine engine;
    private Consumer<Runtime> progress = r -> { };
    private final java.util.Set<String> reported = new java.util.HashSet<>();
    private final Map<String, Integer> startedAt = new LinkedHashMap<>();

    /** Copies of this runtime's world being made or run (what-ifs, rehearsals): Ctrl-C reaches them too. */
    private final List<Runtime> copies = new CopyOnWriteArrayList<>();
    private volatile boolean cancelled;

    /**
     * A statement that ran, with what it needs to run again in a fresh world; for a {@code run}, the
     * events fired and the simulated time when it stopped (-1 otherwise), so that a replay stops at
     * the same point even where Ctrl-C stopped the original early.
     */
    record Executed(io.dsmig.dsl.check.Checked script, io.dsmig.dsl.ast.Statement statement, long eventsAfter,
            long nanosAfter) {

        Executed(io.dsmig.dsl.check.Checked script, io.dsmig.dsl.ast.Statement statement) {
            this(script, statement, -1, -1);
        }
    }

    public Runtime(Output output, Supplier<GroovyHooks> groovy, Long seedOverride) {
        this.output = output;
        this.groovy = groovy;
        this.seedOverride = seedOverride;
        this.seed = seedOverride == null ? 0 : seedOverride;
    }

    public Output output() {
        return output;
    }

    public Supplier<GroovyHooks> groovy() {
        return groovy;
    }

    HookRegistry hooks() {
        return hooks;
    }

    /** Migrations whose end has been reported already. */
    java.util.Set<String> reported() {
        return reported;
    }

    /** Where in the history each migration was started (for what-if replays). */
    Map<String, Integer> startedAt() {
        return startedAt;
    }

    List<Executed> history() {
        return history;
    }

    Long seedOverride() {
        return seedOverride;
    }

    /** Sets the seed of the world to come; the command line's {@code --seed} wins over a script's. */
    void seed(long value) {
        if (seedOverride == null) {
            seed = value;
        }
    }

    public long seed() {
        return world == null ? seed : world.seed();
    }

    /** Whether a world exists yet. */
    public boolean hasWorld() {
        return world != null;
    }

    /** The world, created on first use. */
    public World world() {
        if (world == null) {
            world = new World(seed);
            engine = new MigrationEngine(new SimulatedServices(world));
        }
        return world;
    }

    public MigrationEngine engine() {
        world();
        return engine;
    }

    public Map<String, Migration> migrations() {
        return migrations;
    }

    /** Called between slices of simulated time while {@code run} advances (the shell's live status). */
    public void onProgress(Consumer<Runtime> listener) {
        this.progress = listener;
    }

    /** Who is told of progress, so that a copy of the world can show its own run the same way. */
    Consumer<Runtime> progressListener() {
        return progress;
    }

    /**
     * Stops a running {@code run} at the next event boundary, and any copy of the world being made or
     * run for a what-if or a rehearsal; callable from another thread (Ctrl-C).
     */
    public void interrupt() {
        World w = world;
        if (w != null) {
            w.kernel().requestStop();
        }
        copies.forEach(Runtime::cancel);
    }

    /** A copy's end: every advance from now on returns false at once. */
    private void cancel() {
        cancelled = true;
        interrupt();
    }

    boolean cancelled() {
        return cancelled;
    }

    /** Makes {@code copy} reachable by {@link #interrupt()} while it lives. */
    void addCopy(Runtime copy) {
        copies.add(copy);
    }

    void removeCopy(Runtime copy) {
        copies.remove(copy);
    }

    /**
     * Advances the simulation until {@code done} holds or {@code limitNanos} of simulated time pass.
     *
     * @return false when interrupted
     */
    boolean advance(BooleanSupplier done, long limitNanos) {
        World w = world();
        w.kernel().clearStopRequest();
        if (cancelled) {
            return false;
        }
        long end = w.kernel().nowNanos() + Math.min(limitNanos, RUN_NANOS_MAX);
        while (!done.getAsBoolean() && w.kernel().nowNanos() < end) {
            long slice = Math.min(end, w.kernel().nowNanos() + SLICE_NANOS);
            RunResult r = w.kernel().runUntil(done, slice);
            progress.accept(this);
            if (r.reason() == StopReason.STOP_REQUESTED) {
                return false;
            }
            if (r.reason() == StopReason.QUEUE_EMPTY) {
                w.kernel().runUntil(slice);
            }
        }
        return true;
    }

    /**
     * Advances a copy of the world to where a {@code run} of the original stopped: to the same event
     * (the condition is checked after each, as the original's was), then to the same time.
     *
     * @return false when interrupted
     */
    boolean advanceTo(long events, long nanos) {
        io.dsmig.sim.kernel.Kernel k = world().kernel();
        if (!advance(() -> k.eventsFired() >= events, Math.max(0, nanos - k.nowNanos()))) {
            return false;
        }
        if (k.nowNanos() < nanos) {
            k.runUntil(nanos);
        }
        return true;
    }

    /** Status of every migration, in the order they started. */
    public List<MigrationStatus> statuses() {
        return migrations.values().stream().map(Migration::status).toList();
    }

    /** The names the shell can complete and the checker knows, taken from the live world. */
    public Symbols symbols() {
        Symbols s = new Symbols();
        if (world != null) {
            s.worldStarted();
            world.sysplex().images().stream().map(Image::name).forEach(s::addImage);
            for (Volume v : world.volumes().all()) {
                s.addVolume(v.volser().value(), v.storageGroup().orElse(null));
            }
            world.catalogs().catalogs().forEach(c -> s.addCatalog(c.name()));
            world.applications().all().stream().map(Application::name).forEach(s::addApplication);
            world.churns().forEach(c -> s.addChurn(c.spec().name()));
        }
        migrations.keySet().forEach(s::addMigration);
        return s;
    }
}
