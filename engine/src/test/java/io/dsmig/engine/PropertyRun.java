package io.dsmig.engine;

import io.dsmig.sim.World;
import io.dsmig.sim.app.ApplicationDefinition;
import io.dsmig.sim.app.Buffering;
import io.dsmig.sim.app.ChurnDefinition;
import io.dsmig.sim.app.Distribution;
import io.dsmig.sim.app.Workload;
import io.dsmig.sim.estate.EstateGenerator;
import io.dsmig.sim.estate.EstatePlan;
import io.dsmig.sim.geometry.DeviceType;
import io.dsmig.sim.kernel.SimRandom;
import io.dsmig.sim.kernel.SimTime;
import io.dsmig.sim.name.Mask;
import io.dsmig.sim.name.Volser;
import io.dsmig.sim.services.SimulatedServices;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One seeded run of the migration property test: a random small installation (source volumes with
 * an estate, applications, churn on the selection), a merge to random targets with random options,
 * sometimes a fault (an image going down, a reconcile hook aborting or throwing, a close hook throwing,
 * an operator cancel, a tiny pass limit), run to the end, then every invariant of DESIGN §4 that
 * applies to a data set migration checked ({@link InvariantCheck}). Everything follows from the seed.
 *
 * <p>To look at a failing seed: {@code PropertyRun.replay(N, world -> {})} runs it again and keeps the
 * world and the migration (events, report); {@code -Ddsmig.property.trace=true} also records the
 * simulation's trace (application opens, closes and writes, churn) in {@code world.kernel().trace()}.
 */
public final class PropertyRun {

    /** How a run ended; CRASHED when an exception came out of the simulation (always a violation). */
    public enum Outcome { COMPLETED, ABORTED, REFUSED, CRASHED }

    /** A run's outcome, the fault injected (or "none"), the invariants it broke, and a line about it. */
    public record Result(long seed, Outcome outcome, String fault, List<String> violations, String detail,
            int compared) {
        public boolean passed() {
            return violations.isEmpty();
        }
    }

    static final Mask SELECTED = Mask.parse("PAYROLL.**");
    private static final String[] IMAGES = {"SYSA", "SYSB", "SYSC"};
    private static final long RUN_LIMIT_NANOS = SimTime.seconds(6 * 3600);

    private final long seed;
    private final SimRandom random;
    private final World world;
    private final RecordingServices services;
    private final List<Volser> sources = new ArrayList<>();
    private final List<Volser> targets = new ArrayList<>();
    private final List<String> images = new ArrayList<>();
    private String fault = "none";
    private Migration migration;
    private Result result;
    private Consumer<World> beforeStart = w -> { };

    private PropertyRun(long seed) {
        this.seed = seed;
        this.random = new SimRandom(SimRandom.derivedSeed(seed, "property-run"));
        this.world = new World(seed);
        this.services = new RecordingServices(new SimulatedServices(world));
        if (Boolean.getBoolean("dsmig.property.trace")) {
            world.kernel().trace().enable();
        }
    }

    public static Result run(long seed) {
        return replay(seed, world -> { }).result();
    }

    private static String where(Throwable e) {
        StackTraceElement[] trace = e.getStackTrace();
        List<String> frames = new ArrayList<>();
        for (int i = 0; i < Math.min(8, trace.length); i++) {
            frames.add(trace[i].getClassName().replaceAll(".*\\.", "") + "." + trace[i].getMethodName() + ":"
                    + trace[i].getLineNumber());
        }
        return String.join(" < ", frames);
    }

    /**
     * Runs seed {@code seed} and keeps everything, to look at a failure: the world, the migration, the
     * result. {@code beforeStart} sees the world just before the migration starts (to install a monitor
     * of one's own, say).
     */
    public static PropertyRun replay(long seed, Consumer<World> beforeStart) {
        PropertyRun run = new PropertyRun(seed);
        run.beforeStart = beforeStart;
        try {
            run.result = run.execute();
        } catch (RuntimeException e) {
            run.result = new Result(seed, Outcome.CRASHED, run.fault, List.of("the run threw " + e + " at " + where(e)),
                    "", 0);
        }
        return run;
    }

    public World world() {
        return world;
    }

    public Migration migration() {
        return migration;
    }

    public Result result() {
        return result;
    }

    private Result execute() {
        buildInstallation();
        startApplications();
        startChurn();
        MigrationRequest request = request();
        beforeStart.accept(world);
        InvariantCheck check = new InvariantCheck(world, services, sources, targets);
        Migration m;
        try {
            m = new MigrationEngine(services).start(request);
        } catch (MigrationRefusedException refused) {
            return new Result(seed, Outcome.REFUSED, fault, check.afterRefusal(), refused.getMessage(), 0);
        }
        migration = m;
        services.phaseFrom(m::phase);
        check.watch(m);
        injectRunFaults(m);
        world.kernel().runUntil(m::finished, world.kernel().nowNanos() + RUN_LIMIT_NANOS);
        world.kernel().runFor(SimTime.seconds(15));
        List<String> violations = check.afterRun(m, request.options().keepSource());
        Outcome outcome = m.succeeded() ? Outcome.COMPLETED : m.finished() ? Outcome.ABORTED : null;
        if (outcome == null) {
            violations.add(0, "the migration did not finish within " + SimTime.format(RUN_LIMIT_NANOS) + " (" + m.phase()
                    + ")");
            outcome = Outcome.ABORTED;
        }
        return new Result(seed, outcome, fault, violations, m.succeeded() ? "" : m.failure(), check.compared());
    }

    private void buildInstallation() {
        int imageCount = 2 + random.nextInt(2);
        for (int i = 0; i < imageCount; i++) {
            world.addImage(IMAGES[i]);
            images.add(IMAGES[i]);
        }
        int sourceCount = 3 + random.nextInt(4);
        for (int i = 1; i <= sourceCount; i++) {
            Volser v = Volser.of(String.format("SRC%03d", i));
            world.addVolume(v.value(), random.nextInt(5) == 0 ? DeviceType.D3390_3 : DeviceType.D3390_1);
            sources.add(v);
        }
        boolean tight = random.nextInt(100) < 12;
        int targetCount = tight ? 1 : 1 + random.nextInt(3);
        for (int i = 1; i <= targetCount; i++) {
            Volser v = Volser.of(String.format("TGT%03d", i));
            // A small 3390-A among them: targets of 10 cylinders or more go to its cylinder-managed space,
            // allocated in 21-cylinder units, so they are larger than their sources.
            DeviceType[] types = {DeviceType.D3390_1, DeviceType.D3390_3, DeviceType.D3390_3, DeviceType.D3390_9,
                DeviceType.eav(66_500)};
            world.addVolume(v.value(), tight ? DeviceType.D3390_1 : types[random.nextInt(types.length)]);
            targets.add(v);
        }
        EstatePlan plan = EstatePlan.of(sources, 20 + random.nextInt(61), List.of(SELECTED, Mask.parse("TEST.**")),
                        8 + random.nextInt(25), random.nextLong())
                .withVsamShare(random.nextDouble() * 0.3)
                .withMultiExtentShare(random.nextDouble() * 0.5)
                .withMultiVolumeShare(random.nextDouble() * 0.2);
        EstateGenerator.generate(world, plan);
    }

    private void startApplications() {
        int count = 1 + random.nextInt(3);
        for (int i = 1; i <= count; i++) {
            Distribution distribution = Distribution.values()[random.nextInt(Distribution.values().length)];
            Buffering buffering = Buffering.values()[random.nextInt(Buffering.values().length)];
            Workload w = Workload.DEFAULT.withRate(10 + random.nextInt(250)).withDistribution(distribution)
                    .withBuffering(buffering, SimTime.millis(200 + random.nextInt(3000)))
                    .withRecordLevel(random.nextBoolean())
                    .withReadShare(random.nextDouble() * 0.5)
                    .withCloseLatency(SimTime.millis(100 + random.nextInt(4000)))
                    .withDataSetCountMax(2 + random.nextInt(12));
            String image = images.get(random.nextInt(images.size()));
            world.addApplication(new ApplicationDefinition("APP" + i, image, List.of(SELECTED), w)).start();
        }
        world.kernel().runFor(SimTime.seconds(1));
    }

    private void startChurn() {
        if (random.nextInt(10) < 6) {
            String image = images.get(random.nextInt(images.size()));
            world.addChurn(ChurnDefinition.of("JOBS", List.of(SELECTED), sources, image, 1 + random.nextInt(30))).start();
        }
    }

    private MigrationRequest request() {
        Selection selection = random.nextInt(5) == 0 ? Selection.volumes(sources) : Selection.masks("PAYROLL.**");
        MigrationOptions o = MigrationOptions.DEFAULT
                .withResyncInterval(SimTime.seconds(1 + random.nextInt(30)))
                .withCloseThreshold(50 + random.nextInt(2000))
                .withPassLimit(2 + random.nextInt(40))
                .withVerify(random.nextBoolean())
                .withReconcileWhileMirroring(random.nextBoolean())
                .withCopyDepth(1 + random.nextInt(4))
                .withKeepSource(random.nextInt(4) == 0)
                .withOffline(random.nextInt(20) == 0);
        MigrationRequest request = MigrationRequest.of("PROP" + Math.floorMod(seed, 100_000), selection, targets)
                .withOptions(o);
        return withHooksAndFaults(request);
    }

    /** Faults decided before the start: hooks that fail, a pass limit too small to converge. */
    private MigrationRequest withHooksAndFaults(MigrationRequest request) {
        int draw = random.nextInt(100);
        if (draw < 8) {
            fault = "reconcile hook aborts";
            return request.withReconcileHook((change, context) -> Decision.abort("fault injected on " + change));
        }
        if (draw < 14) {
            fault = "reconcile hook throws";
            return request.withReconcileHook((change, context) -> {
                throw new IllegalStateException("hook fault on " + change.dataSet());
            });
        }
        if (draw < 20) {
            fault = "close hook throws";
            return request.withCloseHook(context -> {
                throw new IllegalStateException("close hook fault");
            });
        }
        if (draw < 25) {
            fault = "tiny pass limit";
            return request.withOptions(request.options().withPassLimit(1).withCloseThreshold(1));
        }
        if (draw < 35) {
            fault = "none (deciding hooks)";
            long hookSeed = random.nextLong();
            return request.withReconcileHook(new DecidingHook(hookSeed, targets))
                    .withCloseHook(context -> context.later(SimTime.seconds(1 + Math.floorMod(hookSeed, 20)),
                            () -> CloseHook.ASK_HOLDERS.requestClose(context)));
        }
        return request;
    }

    /** Faults during the run: an image going down, an operator cancelling. */
    private void injectRunFaults(Migration m) {
        int draw = random.nextInt(100);
        long at = SimTime.millis(random.nextInt(90_000));
        if (draw < 12) {
            String image = images.get(random.nextInt(images.size()));
            fault = "image " + image + " down at " + SimTime.format(at);
            world.kernel().post(at, () -> world.image(image).markDown());
        } else if (draw < 20) {
            fault = "operator cancel at " + SimTime.format(at);
            world.kernel().post(at, () -> m.abort("operator cancel"));
        }
    }

    /** A reconcile hook that excludes some changes and places some added data sets on a chosen target. */
    private static final class DecidingHook implements ReconcileHook {
        private final SimRandom random;
        private final List<Volser> targets;

        DecidingHook(long seed, List<Volser> targets) {
            this.random = new SimRandom(seed);
            this.targets = targets;
        }

        @Override
        public Decision decide(ReconcileChange change, HookContext context) {
            int draw = random.nextInt(10);
            if (draw < 2) {
                return Decision.exclude("excluded by the property hook");
            }
            if (draw < 4 && (change.kind() == ChangeKind.ADDED || change.kind() == ChangeKind.PERSISTENT)) {
                return Decision.placeOn(List.of(targets.get(random.nextInt(targets.size()))));
            }
            return Decision.accept();
        }
    }

    /** Used by the spec's failure message. */
    static String describe(Result r) {
        return "seed=" + r.seed() + " " + r.outcome() + " fault=" + r.fault() + " " + r.detail() + ": "
                + String.join("; ", r.violations().subList(0, Math.min(5, r.violations().size())));
    }
}
