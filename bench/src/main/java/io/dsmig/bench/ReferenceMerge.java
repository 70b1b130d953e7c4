package io.dsmig.bench;

import io.dsmig.engine.Migration;
import io.dsmig.engine.MigrationEngine;
import io.dsmig.engine.MigrationOptions;
import io.dsmig.engine.MigrationRequest;
import io.dsmig.engine.Selection;
import io.dsmig.sim.World;
import io.dsmig.sim.app.ApplicationDefinition;
import io.dsmig.sim.app.Buffering;
import io.dsmig.sim.app.ChurnDefinition;
import io.dsmig.sim.app.Distribution;
import io.dsmig.sim.app.Workload;
import io.dsmig.sim.estate.EstateGenerator;
import io.dsmig.sim.estate.EstatePlan;
import io.dsmig.sim.geometry.DeviceType;
import io.dsmig.sim.kernel.SimTime;
import io.dsmig.sim.name.Mask;
import io.dsmig.sim.name.Volser;
import io.dsmig.sim.services.SimulatedServices;
import java.util.List;

/**
 * The reference merge of the engine issue: 40 3390-3 volumes 60% full with 2,000 data sets (VSAM
 * clusters among them), 3 images, applications writing 400 tracks/s in all, churn, merged into two
 * 3390-54s.
 */
final class ReferenceMerge {

    static final List<Volser> SOURCES = Volser.range(Volser.of("VOL001"), Volser.of("VOL040"));
    static final List<Volser> TARGETS = List.of(Volser.of("BIG001"), Volser.of("BIG002"));

    final World world;
    final MigrationEngine engine;

    ReferenceMerge(long seed) {
        world = new World(seed);
        List.of("SYSA", "SYSB", "SYSC").forEach(world::addImage);
        SOURCES.forEach(v -> world.addVolume(v.value(), DeviceType.D3390_3));
        TARGETS.forEach(v -> world.addVolume(v.value(), DeviceType.D3390_54));
        EstateGenerator.generate(world, EstatePlan.of(SOURCES, 2_000,
                List.of(Mask.parse("PAYROLL.**"), Mask.parse("HR.*.DATA"), Mask.parse("FIN.%%%.**")), 60, seed)
                .withVsamShare(0.12));
        long close = SimTime.seconds(5);
        app("CICSPAY", "SYSA", "PAYROLL.**", Workload.DEFAULT.withRate(200).withHotspot(0.10, 0.90).withCloseLatency(close));
        app("CICSHR", "SYSB", "HR.**", Workload.DEFAULT.withRate(100).withRecordLevel(true).withCloseLatency(close));
        app("BATCHFIN", "SYSC", "FIN.**", Workload.DEFAULT.withRate(80)
                .withBuffering(Buffering.FLUSH_INTERVAL, SimTime.seconds(2)).withCloseLatency(close));
        app("PAYLOG", "SYSA", "PAYROLL.**", Workload.DEFAULT.withRate(20).withDistribution(Distribution.APPEND)
                .withDataSetCountMax(3).withCloseLatency(close));
        world.addChurn(ChurnDefinition.of("TEMPS", List.of(Mask.parse("PAYROLL.**"), Mask.parse("FIN.%%%.**")),
                SOURCES, "SYSC", 4)).start();
        engine = new MigrationEngine(new SimulatedServices(world));
    }

    private void app(String name, String image, String mask, Workload workload) {
        Workload w = workload.withDataSetCountMax(Math.min(workload.dataSetCountMax(), 60));
        world.addApplication(new ApplicationDefinition(name, image, List.of(Mask.parse(mask)), w)).start();
    }

    /** Lets the applications run a minute, then starts the merge (offline, or mirrored). */
    Migration start(boolean offline) {
        world.kernel().runFor(SimTime.seconds(60));
        MigrationRequest request = MigrationRequest.of("MERGE", new Selection.ByVolumes(SOURCES, List.of()), TARGETS)
                .withOptions(MigrationOptions.DEFAULT.withOffline(offline));
        return engine.start(request);
    }

    Migration runToEnd(Migration m) {
        world.kernel().runUntil(m::finished, SimTime.seconds(48 * 3600));
        return m;
    }
}
