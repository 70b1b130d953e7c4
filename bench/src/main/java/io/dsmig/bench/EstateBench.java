package io.dsmig.bench;

import io.dsmig.sim.World;
import io.dsmig.sim.estate.Estate;
import io.dsmig.sim.estate.EstateGenerator;
import io.dsmig.sim.estate.EstatePlan;
import io.dsmig.sim.geometry.DeviceType;
import io.dsmig.sim.name.Mask;
import io.dsmig.sim.name.Volser;
import java.util.List;

/**
 * Generates an estate of 40 3390-3 volumes, 2,000 data sets, 60% full, and reports the wall time (the
 * first, cold run and the median of warm runs) and the heap the finished world holds.
 */
public final class EstateBench implements Benchmark {

    static final int VOLUMES = 40;
    static final int DATA_SETS = 2_000;
    static final double FILL_PERCENT = 60;

    @Override
    public String name() {
        return "estate";
    }

    @Override
    public String description() {
        return "generate 40 3390-3 volumes, 2,000 data sets, 60% full";
    }

    @Override
    public Figures run() {
        long before = Measure.settledHeapBytes();
        long start = System.nanoTime();
        World world = new World(1);
        Estate estate = build(world);
        double coldMillis = Measure.millisSince(start);
        long heapBytes = Measure.settledHeapBytes() - before;
        double warmMillis = Measure.medianMillis(5, () -> build(new World(1)));
        long tracks = world.volumes().all().stream().mapToLong(v -> v.tracks().fillCount()).sum();
        return new Figures()
                .put("wallMillis", warmMillis, "median of 5 warm runs")
                .put("coldWallMillis", coldMillis, "first run in a fresh JVM")
                .put("heapMegabytes", heapBytes / (1024.0 * 1024.0), "retained by the finished world")
                .put("dataSets", estate.size())
                .put("fillPercent", estate.fillPercent())
                .put("allocatedTracks", estate.allocatedTracks())
                .put("trackFills", tracks, "synthetic runs standing for the written tracks");
    }

    static Estate build(World world) {
        List<Volser> volsers = Volser.range(Volser.of("VOL001"), Volser.of(String.format("VOL%03d", VOLUMES)));
        volsers.forEach(v -> world.addVolume(v.value(), DeviceType.D3390_3));
        EstatePlan spec = EstatePlan.of(volsers, DATA_SETS,
                List.of(Mask.parse("PAYROLL.**"), Mask.parse("HR.*.DATA"), Mask.parse("FIN.%%%.**")), FILL_PERCENT, 7);
        return EstateGenerator.generate(world, spec);
    }
}
