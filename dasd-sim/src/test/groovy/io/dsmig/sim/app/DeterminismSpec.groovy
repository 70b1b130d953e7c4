package io.dsmig.sim.app

import io.dsmig.sim.World
import io.dsmig.sim.estate.EstateGenerator
import io.dsmig.sim.estate.EstatePlan
import io.dsmig.sim.geometry.DeviceType
import io.dsmig.sim.name.Mask
import io.dsmig.sim.name.Volser
import spock.lang.Specification

import static io.dsmig.sim.app.LivingWorld.seconds

class DeterminismSpec extends Specification {

    /** A busy world: an estate, three applications of different kinds on two images, and churn. */
    static World busyWorld(long seed) {
        def world = new World(seed)
        world.kernel().trace().enable()
        world.addImage("SYSA")
        world.addImage("SYSB")
        def volsers = Volser.range(Volser.of("VOL001"), Volser.of("VOL006"))
        volsers.each { world.addVolume(it.value(), DeviceType.D3390_3) }
        EstateGenerator.generate(world, EstatePlan.of(volsers, 120,
                [Mask.parse("PAYROLL.**"), Mask.parse("TEMP.**")], 40, 5))
        world.addApplication(ApplicationDefinition.of("CICSPAY", "SYSA", "PAYROLL.**",
                Workload.DEFAULT.withRate(300).withHotspot(0.1, 0.9).withDataSetCountMax(20))).start()
        world.addApplication(ApplicationDefinition.of("BATCH", "SYSB", "PAYROLL.**",
                Workload.DEFAULT.withRate(100).withRecordLevel(true).withDataSetCountMax(10)
                        .withBuffering(Buffering.FLUSH_INTERVAL, seconds(1)))).start()
        world.addChurn(ChurnDefinition.of("TEMPS", [Mask.parse("TEMP.**")], volsers, "SYSB", 60)).start()
        world.kernel().runFor(seconds(30))
        world
    }

    def "two runs with the same seed produce identical event logs"() {
        when:
        def a = busyWorld(42)
        def b = busyWorld(42)

        then: "the same events, in the same order, at the same times"
        a.kernel().trace().recordedCount() > 5_000
        a.kernel().trace().digest() == b.kernel().trace().digest()
        a.kernel().trace().entries() == b.kernel().trace().entries()
        a.writeLog().writes() == b.writeLog().writes()
    }

    def "runs with different seeds differ"() {
        when:
        def a = busyWorld(42)
        def c = busyWorld(43)

        then:
        a.kernel().trace().digest() != c.kernel().trace().digest()
    }

    def "after a busy run every acknowledged write reads back and the world is consistent"() {
        when:
        def world = busyWorld(7)
        def verification = world.verifyWrites()

        then:
        verification.tracksChecked() > 1_000
        verification.passed()
        world.churns()[0].events().count { it.done() } > 10
        world.verify()  // throws InvariantViolation naming what broke
    }
}
