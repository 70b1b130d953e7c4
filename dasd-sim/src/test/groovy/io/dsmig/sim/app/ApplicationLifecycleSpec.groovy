package io.dsmig.sim.app

import io.dsmig.sim.dataset.NewDataSet
import io.dsmig.sim.space.SpaceRequest
import io.dsmig.sim.volume.Dsorg
import io.dsmig.sim.name.Volser
import spock.lang.Specification

import static io.dsmig.sim.app.LivingWorld.*

class ApplicationLifecycleSpec extends Specification {

    def world = twoImages()

    def "an application keeps writing to the extents it opened after the catalog moves the data set, until it reopens"() {
        given: "PAYROLL.MASTER on VOL001 and a copy of it on VOL002, both with the same data"
        def name = dataSet(world, "PAYROLL.MASTER", "VOL001", 30)
        def copy = world.dataSets().allocateUncataloged(NewDataSet.of("PAYROLL.MASTER",
                Dsorg.PS, SpaceRequest.tracks(30, 10), [Volser.of("VOL002")]))
        def app = world.addApplication(ApplicationDefinition.of("CICSPAY", "SYSA", "PAYROLL.**",
                Workload.DEFAULT.withRate(200)))
        app.start()
        world.kernel().runFor(seconds(1))

        when: "the catalog is pointed at VOL002 (and every cache told) while the application runs on"
        world.catalogs().alterVolumeCellsInPlace(name, [Volser.of("VOL002")])
        world.catalogs().invalidateEverywhere(name)
        long writesOnCopyBefore = world.volume("VOL002").tracks().writtenTrackCount()
        world.kernel().runFor(seconds(2))

        then: "its writes still land on VOL001, the extents it opened"
        world.volume("VOL002").tracks().writtenTrackCount() == writesOnCopyBefore
        app.openVolumes(name) == [Volser.of("VOL001")]

        when: "it closes and reopens"
        app.requestClose()
        world.kernel().runFor(seconds(5))
        app.reopen()
        world.kernel().runFor(seconds(2))

        then: "it now writes to VOL002"
        app.state() == Application.State.RUNNING
        app.openVolumes(name) == [Volser.of("VOL002")]
        world.volume("VOL002").tracks().writtenTrackCount() > writesOnCopyBefore
    }

    def "buffered writes reach DASD only at close"() {
        given: "an application that buffers until close"
        def name = dataSet(world, "PAYROLL.MASTER", "VOL001", 50)
        def app = world.addApplication(ApplicationDefinition.of("BATCH1", "SYSA", "PAYROLL.**",
                Workload.DEFAULT.withRate(100).withBuffering(Buffering.UNTIL_CLOSE, seconds(1))))
        app.start()

        when: "it runs for three seconds"
        world.kernel().runFor(seconds(3))

        then: "nothing reached DASD yet, the writes wait in its buffer"
        app.writes() == 0
        app.buffered() > 0
        world.volume("VOL001").tracks().writtenTrackCount() == 0

        when: "it closes"
        app.requestClose()
        world.kernel().runFor(seconds(5))

        then: "the buffer was flushed and every write is on DASD"
        app.state() == Application.State.CLOSED
        app.buffered() == 0
        app.writes() > 0
        world.verifyWrites().passed()
    }

    def "buffered writes with a flush interval reach DASD at each flush"() {
        given:
        dataSet(world, "PAYROLL.MASTER", "VOL001", 50)
        def app = world.addApplication(ApplicationDefinition.of("BATCH2", "SYSA", "PAYROLL.**",
                Workload.DEFAULT.withRate(100).withBuffering(Buffering.FLUSH_INTERVAL, seconds(2))))
        app.start()

        when: "it runs past its first flush but not its second"
        world.kernel().runFor(seconds(1.9))
        long beforeFlush = app.writes()
        world.kernel().runFor(seconds(1))

        then:
        beforeFlush == 0
        app.writes() > 0
    }

    def "appending extends the data set with new extents and stops at the extent limit with an E37 abend"() {
        given: "a 2-track sequential data set with 1-track secondaries, and a logger appending to it"
        def name = dataSet(world, "PAYROLL.LOG", "VOL001", 2, 1)
        def app = world.addApplication(ApplicationDefinition.of("LOGGER", "SYSA", "PAYROLL.LOG",
                Workload.DEFAULT.withRate(50).withDistribution(Distribution.APPEND)))
        app.start()

        when: "it appends long enough to need more than 16 extents"
        world.kernel().runFor(seconds(10))

        then: "it took 14 extensions and then abended with the limit named"
        world.dataSets().describe(name).extentCount() == 16
        app.extensions() == 15
        app.state() == Application.State.FAILED
        app.failure().startsWith("LOGGER: E37 abend writing PAYROLL.LOG: VOL001: no room for PAYROLL.LOG")
        app.failure().contains("16-extent limit of a sequential data set")
    }

    def "an application holds its data sets open (ENQ) until it closes"() {
        given:
        def name = dataSet(world, "PAYROLL.MASTER", "VOL001", 20)
        def app = world.addApplication(ApplicationDefinition.of("CICSPAY", "SYSB", "PAYROLL.*",
                Workload.DEFAULT))
        app.start()

        when:
        world.kernel().runFor(seconds(1))

        then:
        world.applications().openRegistry().holders(name) == [new Holder("SYSB", "CICSPAY")]

        when:
        app.requestClose()
        world.kernel().runFor(seconds(5))

        then:
        !world.applications().openRegistry().isOpen(name)
    }

    def "an application reopening while a migration holds its data set exclusively waits, and opens the moment the ENQ is released"() {
        given: "CICSPAY on SYSB has closed PAYROLL.MASTER, and a migration on SYSA holds it exclusively for its window"
        def name = dataSet(world, "PAYROLL.MASTER", "VOL001", 20)
        def app = world.addApplication(ApplicationDefinition.of("CICSPAY", "SYSB", "PAYROLL.*", Workload.DEFAULT))
        app.start()
        world.kernel().runFor(seconds(1))
        app.requestClose()
        world.kernel().runFor(seconds(5))
        def migration = new Holder("SYSA", "DSMIG:PAYMIG")
        assert world.applications().openRegistry().tryEnqueue(name, migration, EnqMode.EXCLUSIVE)

        when: "CICSPAY is told to reopen and its open latency passes"
        app.reopen()
        world.kernel().runFor(seconds(2))
        long writes = app.writes()

        then: "its open waits for the data set, as an allocation waits for a data set in use, and it writes nothing"
        app.state() == Application.State.OPENING
        app.waitingFor() == "PAYROLL.MASTER (held exclusively by DSMIG:PAYMIG on SYSA)"
        app.enqWaits() == 1 && app.opens() == 1

        when: "the migration's window closes at 8s"
        world.applications().openRegistry().dequeue(name, migration)
        long releasedAt = world.kernel().nowNanos()
        world.kernel().runFor(seconds(1))

        then: "CICSPAY opened at that moment and writes again"
        app.state() == Application.State.RUNNING
        app.opens() == 2 && app.waitingFor() == null
        app.outageNanos() >= releasedAt - seconds(1)
        world.applications().openRegistry().holders(name) == [new Holder("SYSB", "CICSPAY")]
        app.writes() > writes
    }

    def "an application waiting to open gives up its place when its image goes down"() {
        given: "a job holds PAYROLL.MASTER exclusively, and CICSPAY waits to open it"
        def name = dataSet(world, "PAYROLL.MASTER", "VOL001", 20)
        def job = Holder.job("SYSA", "PAYJOB")
        world.applications().openRegistry().tryEnqueue(name, job, EnqMode.EXCLUSIVE)
        def app = world.addApplication(ApplicationDefinition.of("CICSPAY", "SYSB", "PAYROLL.*", Workload.DEFAULT))
        app.start()
        world.kernel().runFor(seconds(1))
        assert app.waitingFor() == "PAYROLL.MASTER (held exclusively by job PAYJOB on SYSA)"

        when: "SYSB goes down, then the job ends"
        world.image("SYSB").markDown()
        world.applications().openRegistry().dequeue(name, job)
        world.kernel().runFor(seconds(1))

        then: "CICSPAY failed with its image, waits for nothing and holds nothing"
        app.state() == Application.State.FAILED && app.failure() == "CICSPAY: image SYSB went down"
        world.applications().openRegistry().waitingCount() == 0
        !world.applications().openRegistry().isOpen(name)
    }

    def "an application cancelled with writes in flight holds its data sets until the last of them has landed"() {
        given: "CICSPAY writes 2,000 tracks a second to PAYROLL.MASTER, more than VOL001 serves, so its writes queue"
        def name = dataSet(world, "PAYROLL.MASTER", "VOL001", 200)
        def app = world.addApplication(ApplicationDefinition.of("CICSPAY", "SYSA", "PAYROLL.*",
                Workload.DEFAULT.withRate(2000)))
        app.start()
        world.kernel().runFor(seconds(1))
        def tracks = { world.dataSets().describe(name).extents().collectMany { e ->
            (0..<e.trackCount()).collect { world.volume("VOL001").tracks().read(e.extent().firstTrack() + it) } } }
        def migration = new Holder("SYSB", "DSMIG:PAYMIG")
        def atGrant = null

        when: "the operator cancels CICSPAY, and at that moment a migration asks for the data set exclusively"
        app.fail("cancelled by the operator")
        def request = world.applications().openRegistry().enqueue([name], migration, EnqMode.EXCLUSIVE) { atGrant = tracks() }

        then: "CICSPAY still holds the data set while its writes drain, so the migration waits"
        app.state() == Application.State.FAILED
        request.waiting()
        world.applications().openRegistry().holders(name) == [new Holder("SYSA", "CICSPAY")]

        when: "the writes complete"
        world.kernel().runFor(seconds(1))

        then: "the migration got the data set once the last write had landed: nothing changed it afterwards"
        request.granted()
        tracks() == atGrant
        world.verifyWrites().passed()
    }

    def "an application restarted while the writes of its failed run still drain opens once they have landed"() {
        given: "CICSPAY, writing faster than VOL001 serves, is cancelled and restarted at once with no open latency"
        def name = dataSet(world, "PAYROLL.MASTER", "VOL001", 200)
        def app = world.addApplication(ApplicationDefinition.of("CICSPAY", "SYSA", "PAYROLL.*",
                Workload.DEFAULT.withRate(2000).withOpenLatency(1)))
        app.start()
        world.kernel().runFor(seconds(1))

        when:
        app.fail("cancelled by the operator")
        app.start()
        world.kernel().runFor(seconds(1))

        then: "it runs again, holding the data set once"
        app.state() == Application.State.RUNNING && app.opens() == 2
        world.applications().openRegistry().holders(name) == [new Holder("SYSA", "CICSPAY")]
        world.verifyWrites().passed()
    }

    def "when its image goes down an application fails and its buffered writes are lost"() {
        given:
        dataSet(world, "PAYROLL.MASTER", "VOL001", 20)
        def app = world.addApplication(ApplicationDefinition.of("CICSPAY", "SYSB", "PAYROLL.*",
                Workload.DEFAULT.withBuffering(Buffering.UNTIL_CLOSE, seconds(1))))
        app.start()
        world.kernel().runFor(seconds(2))

        when:
        world.image("SYSB").markDown()

        then:
        app.state() == Application.State.FAILED
        app.failure() == "CICSPAY: image SYSB went down"
        app.buffered() == 0
    }

    def "an application closed for a migration fails with its image when the image goes down, and a reopen signal does not open it there"() {
        given: "CICSPAY on SYSB has closed its data sets, waiting to be told to reopen"
        dataSet(world, "PAYROLL.MASTER", "VOL001", 20)
        def app = world.addApplication(ApplicationDefinition.of("CICSPAY", "SYSB", "PAYROLL.*", Workload.DEFAULT))
        app.start()
        world.kernel().runFor(seconds(1))
        app.requestClose()
        world.kernel().runFor(seconds(5))

        when: "SYSB goes down, and CICSPAY is then told to reopen"
        world.image("SYSB").markDown()
        app.reopen()
        world.kernel().runFor(seconds(2))

        then: "it failed with its image and never opened again on a system that is not there"
        app.state() == Application.State.FAILED
        app.failure() == "CICSPAY: image SYSB went down"
        app.opens() == 1
        app.openDataSets().empty
    }

    def "an application started on an image that is down fails at once, naming the image"() {
        given:
        dataSet(world, "PAYROLL.MASTER", "VOL001", 20)
        def app = world.addApplication(ApplicationDefinition.of("CICSPAY", "SYSB", "PAYROLL.*", Workload.DEFAULT))
        world.image("SYSB").markDown()

        when:
        app.start()
        world.kernel().runFor(seconds(2))

        then:
        app.state() == Application.State.FAILED
        app.failure() == "CICSPAY: cannot open its data sets: image SYSB is down"
        app.opens() == 0
    }

    def "a buffered writer whose flush fails at once abends with an I/O error naming the volume, and loses the rest of its buffer"() {
        given: "BATCH1 on SYSA buffers writes to PAYROLL.MASTER on VOL001 until close"
        def name = dataSet(world, "PAYROLL.MASTER", "VOL001", 50)
        def app = world.addApplication(ApplicationDefinition.of("BATCH1", "SYSA", "PAYROLL.**",
                Workload.DEFAULT.withRate(100).withBuffering(Buffering.UNTIL_CLOSE, seconds(1))))
        app.start()
        world.kernel().runFor(seconds(3))
        assert app.buffered() > 1

        when: "VOL001 is taken offline to SYSA and BATCH1 closes, flushing its buffer"
        world.sysplex().setOnline(Volser.of("VOL001"), ["SYSB"])
        app.requestClose()
        world.kernel().runFor(seconds(5))

        then: "the first write of the flush fails, BATCH1 abends naming the volume, and nothing else was issued"
        app.state() == Application.State.FAILED
        app.failure() == "BATCH1: I/O error writing PAYROLL.MASTER: VOL001 is not online to SYSA"
        app.buffered() == 0
        world.image("SYSA").ioPath().issuedCount() == 1
        world.verifyWrites().passed()
    }

    def "a reopen through a stale catalog cache finds the old location and fails when it is gone"() {
        given: "CICSPAY has PAYROLL.MASTER open from VOL001, cached on SYSA"
        def name = dataSet(world, "PAYROLL.MASTER", "VOL001", 20)
        world.dataSets().allocateUncataloged(NewDataSet.of("PAYROLL.MASTER",
                Dsorg.PS, SpaceRequest.tracks(20, 10), [Volser.of("VOL002")]))
        def app = world.addApplication(ApplicationDefinition.of("CICSPAY", "SYSA", "PAYROLL.*", Workload.DEFAULT))
        app.start()
        world.kernel().runFor(seconds(1))
        app.requestClose()
        world.kernel().runFor(seconds(5))

        when: "the catalog is moved to VOL002 without invalidating caches and VOL001's copy is scratched"
        world.catalogs().alterVolumeCellsInPlace(name, [Volser.of("VOL002")])
        world.dataSets().scratch(name, Volser.of("VOL001"))
        app.reopen()
        world.kernel().runFor(seconds(1))

        then: "the open fails, naming the stale view"
        app.state() == Application.State.FAILED
        app.failure().contains("the catalog as SYSA sees it places PAYROLL.MASTER on VOL001")
    }
}
