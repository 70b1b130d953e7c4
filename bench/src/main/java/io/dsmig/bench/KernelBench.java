package io.dsmig.bench;

import io.dsmig.sim.World;
import io.dsmig.sim.app.ApplicationDefinition;
import io.dsmig.sim.app.Buffering;
import io.dsmig.sim.app.Distribution;
import io.dsmig.sim.app.Workload;
import io.dsmig.sim.kernel.SimTime;
import io.dsmig.sim.name.Mask;
import java.util.List;

/**
 * The living system under load: 3 images, 40 3390-3 volumes (the estate of the {@code estate}
 * benchmark), 20 applications writing 5,000 tracks/s in all, for 10 simulated minutes. Reports how
 * many simulated events the kernel fires per wall-clock second.
 */
public final class KernelBench implements Benchmark {

    static final int APPLICATIONS = 20;
    static final double TOTAL_TRACKS_PER_SECOND = 5_000;
    static final long SIMULATED_NANOS = SimTime.seconds(600);

    @Override
    public String name() {
        return "kernel";
    }

    @Override
    public String description() {
        return "3 images, 40 volumes, 20 applications writing 5,000 tracks/s for 10 simulated minutes";
    }

    @Override
    public Figures run() {
        run(SimTime.seconds(30));
        World world = setUp();
        long eventsBefore = world.kernel().eventsFired();
        long start = System.nanoTime();
        world.kernel().runFor(SIMULATED_NANOS);
        double wallMillis = Measure.millisSince(start);
        long events = world.kernel().eventsFired() - eventsBefore;
        long writes = world.writeLog().writes();
        return new Figures()
                .put("eventsPerSecond", events / (wallMillis / 1000.0), "simulated events per wall-clock second")
                .put("events", events)
                .put("writes", writes, "writes that reached DASD")
                .put("writesPerSimSecond", writes / SimTime.toSeconds(SIMULATED_NANOS))
                .put("wallMillis", wallMillis);
    }

    /** A short warm-up so the measured run is not the JIT's first look at the code. */
    private static void run(long nanos) {
        setUp().kernel().runFor(nanos);
    }

    static World setUp() {
        World world = new World(11);
        EstateBench.build(world);
        List<String> images = List.of("SYSA", "SYSB", "SYSC");
        images.forEach(world::addImage);
        double each = TOTAL_TRACKS_PER_SECOND / APPLICATIONS;
        List<String> masks = List.of("PAYROLL.**", "HR.*.DATA", "FIN.%%%.**");
        for (int i = 0; i < APPLICATIONS; i++) {
            Workload w = Workload.DEFAULT.withRate(each).withDataSetCountMax(50);
            w = switch (i % 4) {
                case 0 -> w.withHotspot(0.10, 0.90);
                case 1 -> w.withRecordLevel(true);
                case 2 -> w.withBuffering(Buffering.FLUSH_INTERVAL, SimTime.seconds(2));
                default -> w.withReadShare(0.3).withDistribution(Distribution.UNIFORM);
            };
            world.addApplication(new ApplicationDefinition(String.format("APP%02d", i), images.get(i % 3),
                    List.of(Mask.parse(masks.get(i % 3))), w)).start();
        }
        return world;
    }
}
