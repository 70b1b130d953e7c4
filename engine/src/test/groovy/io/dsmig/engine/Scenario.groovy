package io.dsmig.engine

import io.dsmig.sim.World
import io.dsmig.sim.app.ApplicationDefinition
import io.dsmig.sim.app.Workload
import io.dsmig.sim.estate.EstateGenerator
import io.dsmig.sim.estate.EstatePlan
import io.dsmig.sim.geometry.DeviceType
import io.dsmig.sim.kernel.SimTime
import io.dsmig.sim.name.Mask
import io.dsmig.sim.name.Volser
import io.dsmig.sim.services.SimulatedServices

/** A small installation for engine scenarios: images, source volumes with an estate, a target, an engine. */
class Scenario {

    final World world
    final MigrationEngine engine
    final List<Volser> sources
    final List<Volser> targets

    Scenario(long seed = 1, int sourceCount = 4, int dataSets = 60, DeviceType targetType = DeviceType.D3390_9,
             int targetCount = 1, double vsamShare = 0.10) {
        world = new World(seed)
        world.addImage("SYSA")
        world.addImage("SYSB")
        sources = Volser.range(Volser.of("SRC001"), Volser.of(String.format("SRC%03d", sourceCount)))
        sources.each { world.addVolume(it.value(), DeviceType.D3390_1) }
        targets = Volser.range(Volser.of("TGT001"), Volser.of(String.format("TGT%03d", targetCount)))
        targets.each { world.addVolume(it.value(), targetType) }
        EstateGenerator.generate(world, EstatePlan.of(sources, dataSets, [Mask.parse("PAYROLL.**")], 50, seed)
                .withVsamShare(vsamShare))
        engine = new MigrationEngine(new SimulatedServices(world))
    }

    Scenario withApplication(String name = "CICSPAY", String image = "SYSA", double rate = 100,
                             Workload workload = Workload.DEFAULT) {
        world.addApplication(new ApplicationDefinition(name, image, [Mask.parse("PAYROLL.**")],
                workload.withRate(rate).withDataSetCountMax(20))).start()
        world.kernel().runFor(SimTime.seconds(1))
        this
    }

    MigrationRequest request(String name = "PAYMIG", MigrationOptions options = MigrationOptions.DEFAULT) {
        MigrationRequest.of(name, Selection.masks("PAYROLL.**"), targets).withOptions(options)
    }

    Migration runToEnd(Migration m, double maxSeconds = 24 * 3600) {
        world.kernel().runUntil({ m.finished() } as java.util.function.BooleanSupplier, SimTime.seconds(maxSeconds))
        m
    }

    /** Lets the simulation go on for a while after the migration, so reopened applications write again. */
    void runFor(double seconds) {
        world.kernel().runFor(SimTime.seconds(seconds))
    }
}
