package io.dsmig.sim.app

import io.dsmig.sim.name.DataSetName
import io.dsmig.sim.name.Mask
import io.dsmig.sim.name.Volser
import spock.lang.Specification

import static io.dsmig.sim.app.LivingWorld.*

class ChurnActivitySpec extends Specification {

    def world = twoImages(3)
    def volsers = ["VOL001", "VOL002", "VOL003"].collect { Volser.of(it) }

    def setup() {
        (1..6).each { dataSet(world, "TEMP.D$it", volsers[it % 3].value(), 20 + it) }
    }

    ChurnDefinition only(ChurnAction action, double perMinute = 60) {
        ChurnDefinition.of("C1", [Mask.parse("TEMP.**")], volsers, "SYSA", perMinute)
                .withWeights([(action): 1])
    }

    def "churn changes data sets as #action at the rate asked for"() {
        given:
        def churn = world.addChurn(only(action))
        churn.start()

        when: "ten simulated minutes pass at one change a minute on average"
        world.kernel().runFor(seconds(600))

        then: "some changes of that kind were done and the world is consistent"
        def done = churn.events().findAll { it.done() }
        done.size() >= 1
        done.every { it.action() == action }
        world.verify()  // throws InvariantViolation naming what broke

        where:
        action << ChurnAction.values()
    }

    def "a reallocated data set keeps its name but lives elsewhere with new contents"() {
        given:
        def churn = world.addChurn(only(ChurnAction.REALLOCATE, 600))
        def before = world.catalogs().matching(Mask.parse("TEMP.**")).collectEntries { [(it.name()): it.volumes()] }
        churn.start()

        when:
        world.kernel().runFor(seconds(6))
        def moved = churn.events().findAll { it.done() }*.dataSet()

        then:
        moved.size() >= 1
        moved.every { world.dataSets().find(it).isPresent() }
        moved.any { world.dataSets().describe(it).volumes() != before[it] }
    }

    def "churn leaves alone the data sets an application uses"() {
        given:
        world.addApplication(ApplicationDefinition.of("APP1", "SYSA", "TEMP.D1", Workload.DEFAULT)).start()
        def churn = world.addChurn(only(ChurnAction.DELETE, 600))
        churn.start()

        when:
        world.kernel().runFor(seconds(60))

        then: "everything else was deleted, TEMP.D1 stays"
        world.dataSets().find(DataSetName.of("TEMP.D1")).isPresent()
        world.catalogs().matching(Mask.parse("TEMP.**"))*.name() == [DataSetName.of("TEMP.D1")]
    }
}
