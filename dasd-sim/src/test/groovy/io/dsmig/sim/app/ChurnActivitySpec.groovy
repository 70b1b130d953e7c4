package io.dsmig.sim.app

import io.dsmig.sim.kernel.SimTime
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

    def "a job creating a data set holds it exclusively from its allocation until its load is complete"() {
        given: "churn that only creates data sets, from SYSA"
        def churn = world.addChurn(only(ChurnAction.CREATE, 600))
        churn.start()

        when: "the first data set has just been allocated and its load is under way"
        world.kernel().runUntil({ churn.events().any { it.done() } } as java.util.function.BooleanSupplier, seconds(60))
        def name = churn.events().find { it.done() }.dataSet()
        def holdersWhileLoading = world.applications().openRegistry().holders(name)

        then: "the job holds it exclusively, on SYSA, and nobody else"
        holdersWhileLoading*.image() == ["SYSA"]
        holdersWhileLoading[0].isJob() && holdersWhileLoading[0].owner().startsWith("C1#")
        world.applications().openRegistry().mode(name).get() == EnqMode.EXCLUSIVE

        when: "the load completes"
        world.kernel().runFor(seconds(2))

        then: "the job has released it, and its end of file was set"
        !world.applications().openRegistry().holders(name).contains(holdersWhileLoading[0])
        world.dataSets().describe(name).usedTracks() > 0
    }

    /** A migration on SYSB holding every TEMP data set exclusively, as in its downtime window. */
    Holder migrationHoldsAll() {
        def migration = new Holder("SYSB", "DSMIG:TEMPMIG")
        world.catalogs().matching(Mask.parse("TEMP.**")).each {
            assert world.applications().openRegistry().tryEnqueue(it.name(), migration, EnqMode.EXCLUSIVE)
        }
        migration
    }

    void release(Holder holder) {
        world.catalogs().matching(Mask.parse("TEMP.**")).each { world.applications().openRegistry().dequeue(it.name(), holder) }
    }

    def "jobs that find their data sets held exclusively wait for them, and make their changes the moment they are released"() {
        given: "a migration holds every TEMP data set, and churn extends them from SYSA at 6 a minute"
        def migration = migrationHoldsAll()
        def churn = world.addChurn(only(ChurnAction.EXTEND, 6))
        def sizes = { world.catalogs().matching(Mask.parse("TEMP.**")).collect { world.dataSets().describe(it.name()).trackCount() } }
        def before = sizes()
        churn.start()

        when: "a minute passes"
        world.kernel().runFor(seconds(60))

        then: "its jobs wait, changing nothing"
        churn.jobsWaited() > 0 && churn.jobsActive() == churn.jobsWaited()
        churn.events().empty
        sizes() == before

        when: "the migration releases them at 60s"
        release(migration)
        world.kernel().runFor(0)

        then: "every waiting job extended its data set at that moment, and says how long it waited"
        churn.jobsActive() == 0
        churn.events().size() == churn.jobsWaited()
        churn.events().every { it.done() && it.timeNanos() == seconds(60) && it.waitedNanos() > 0 }
        churn.events()[0].toString().endsWith(" (after waiting " + SimTime.format(churn.events()[0].waitedNanos()) + " for its data sets)")
        sizes() != before
        world.verify()
    }

    def "a job that waits longer than its limit is cancelled by the operator, saying what it waited for"() {
        given: "a migration holds every TEMP data set for good; jobs wait at most 5 seconds"
        migrationHoldsAll()
        def churn = world.addChurn(only(ChurnAction.DELETE, 60).withEnqWaitMax(seconds(5)))
        churn.start()

        when:
        world.kernel().runFor(seconds(120))
        def first = churn.events()[0]

        then: "every job was cancelled after 5 seconds, naming the data set and who held it, and nothing was deleted"
        churn.jobsCancelled() > 0 && churn.jobsCancelled() == churn.jobsWaited() - churn.jobsActive()
        churn.events().every { !it.done() && it.waitedNanos() == seconds(5) }
        first.detail() ==~ /job C1#1 on SYSA waited 5s for TEMP\.D\d \(held exclusively by DSMIG:TEMPMIG on SYSB\) and was cancelled/
        world.catalogs().matching(Mask.parse("TEMP.**")).size() == 6
    }

    def "no more jobs run at once than there are initiators: the rest are not started, and say why"() {
        given: "a migration holds every TEMP data set for good, and churn extends them at 600 a minute"
        migrationHoldsAll()
        def churn = world.addChurn(only(ChurnAction.EXTEND, 600))
        churn.start()

        when:
        world.kernel().runFor(seconds(60))

        then:
        churn.jobsActive() == Churn.JOBS_ACTIVE_MAX
        churn.events().every { !it.done() && it.detail() == "all 64 initiators are busy with jobs that wait for data sets or load them" }
        world.applications().openRegistry().waitingCount() == Churn.JOBS_ACTIVE_MAX
    }

    def "no job runs on an image that is down"() {
        given:
        def churn = world.addChurn(only(ChurnAction.CREATE, 60))
        world.image("SYSA").markDown()
        churn.start()

        when:
        world.kernel().runFor(seconds(120))

        then:
        churn.jobsSubmitted() == 0
        !churn.events().empty
        churn.events().every { !it.done() && it.detail() == "image SYSA is down, so no job runs there" }
    }
}
