package io.dsmig.engine

import io.dsmig.sim.kernel.SimTime
import spock.lang.Specification

import static io.dsmig.engine.Phase.*

/**
 * Every image that can write a source volume must carry the migration's I/O monitor, or the
 * migration cannot see its writes (DESIGN §3.1 item 4). PAYMIG runs on SYSA; CICSPAY writes from
 * SYSA, BATCHPAY from SYSB; every volume is online to both.
 */
class ImageSpec extends Specification {

    Installation s = new Installation()

    def setup() {
        s.dataSet("PAYROLL.ONLINE.MASTER", "SRC001", 600)
        s.cluster("PAYROLL.ONLINE.KSDS", "SRC002", 150)
        s.dataSet("PAYROLL.BATCH.HISTORY", "SRC003", 300)
        s.application("CICSPAY", "PAYROLL.ONLINE.**", 100)
        s.application("BATCHPAY", "PAYROLL.BATCH.**", 30, "SYSB")
    }

    def "an image that can write the source volumes but cannot host a monitor is refused at the start, by name"() {
        given: "SYSB is back-level and cannot host an I/O monitor"
        s.world.image("SYSB").setCanHostMonitor(false)
        def before = s.before()

        when: "the migration is started"
        s.engine.start(s.request())

        then: "it is refused, and the problem names SYSB and what to do"
        def refused = thrown(MigrationRefusedException)
        refused.problems() == ["SYSB can write source volumes but cannot host an I/O monitor, so the migration could "
                + "not see its writes; take those volumes offline to SYSB or enable the monitor there"]

        and: "nothing was allocated and no monitor started"
        s.targetVtoc() == before.targetVtoc && s.monitoredImages().empty
    }

    def "#image going down during '#phase.words()' aborts the migration cleanly, naming the image"() {
        given: "the target VTOCs and the catalog as they were"
        def before = s.before()
        def m = s.engine.start(s.request())
        s.whenPhase(m, phase) { s.world.image(image).markDown() }

        when: "the migration runs on, and the applications on the other image go on writing"
        s.runToEnd(m)
        s.runFor(10)
        def problems = s.problemsAfterAbort(m, before, [], [image])

        then: "it aborted with a message naming the image"
        m.phase() == ABORTED
        m.failure() == failure

        and: "no target, no monitor, the catalog untouched, the other image's application running, every acknowledged write readable"
        problems.empty

        where:
        image  | phase        || failure
        "SYSB" | COPY         || "image SYSB went down before the switch; its monitor can no longer see its writes"
        "SYSB" | CLOSE        || "image SYSB went down before the switch; its monitor can no longer see its writes"
        "SYSB" | FINAL_RESYNC || "image SYSB went down before the switch; its monitor can no longer see its writes"
        "SYSA" | RESYNC       || "image SYSA went down before the switch; the migration ran there"
    }

    def "an image going down after the switch changes nothing: the migration completes"() {
        given: "SYSB goes down as the applications are told to reopen"
        def m = s.engine.start(s.request())
        s.whenPhase(m, REOPEN) { s.world.image("SYSB").markDown() }

        when: "the migration runs to the end"
        s.runToEnd(m)

        then: "it completed, and the data sets are on the target"
        m.succeeded()
        ["PAYROLL.ONLINE.MASTER", "PAYROLL.ONLINE.KSDS.DATA", "PAYROLL.BATCH.HISTORY"].every { s.onTargets(it) }
    }

    def "an image going down while an offline copy has its applications closed: they are not told to reopen on it"() {
        given: "BATCHPAY on SYSB buffers its writes and flushes them every second; SYSB goes down once the offline copy's window is open"
        def batch = s.world.applications().get("BATCHPAY")
        batch.requestClose()
        s.runFor(5)
        s.world.addApplication(new io.dsmig.sim.app.ApplicationDefinition("BATCHBUF", "SYSB",
                [io.dsmig.sim.name.Mask.parse("PAYROLL.BATCH.**")], io.dsmig.sim.app.Workload.DEFAULT.withRate(50)
                .withBuffering(io.dsmig.sim.app.Buffering.FLUSH_INTERVAL, SimTime.seconds(1)))).start()
        s.runFor(2)
        def m = s.engine.start(s.request(MigrationOptions.DEFAULT.withOffline(true)))
        s.whenPhase(m, ALLOCATE) { s.world.image("SYSB").markDown() }

        when: "the migration runs to the end, and the simulation on"
        s.runToEnd(m)
        s.runFor(10)

        then: "it completed, and CICSPAY on SYSA runs again on the target"
        m.succeeded() && s.world.applications().get("CICSPAY").state().name() == "RUNNING"

        and: "BATCHBUF went down with its image and was not opened again on a system that is not there"
        def buffered = s.world.applications().get("BATCHBUF")
        buffered.state().name() == "FAILED" && buffered.failure() == "BATCHBUF: image SYSB went down"
        buffered.opens() == 1
    }

    def "an image that comes up during the copy gets the monitor at once, and nothing it writes is lost"() {
        given: "SYSB is down when the migration starts (BATCHPAY went down with it)"
        s.world.image("SYSB").markDown()
        def m = s.engine.start(s.request())

        and: "SYSB comes back during the migration and BATCHPAY is restarted there at once"
        s.whenPhase(m, COPY) {
            s.world.image("SYSB").markUp()
            s.world.applications().get("BATCHPAY").start()
        }

        when: "the migration runs to the end"
        s.runToEnd(m)
        s.runFor(10)

        then: "a monitor was started on SYSB as it came up"
        def up = m.events().find { it.message() == "monitor started on SYSB" }
        up != null && up.phase() == COPY

        and: "the migration completed, verified, and every write BATCHPAY made reads back"
        s.problemsAfterSuccess(m).empty
    }

    def "an image that comes up during the copy and cannot host a monitor aborts the migration, naming it"() {
        given: "SYSB, back-level, is down when the migration starts, and the target VTOCs and catalog as they were"
        s.world.image("SYSB").markDown()
        s.world.image("SYSB").setCanHostMonitor(false)
        def before = s.before()
        def m = s.engine.start(s.request())
        s.whenPhase(m, COPY) { s.world.image("SYSB").markUp() }

        when: "the migration runs on"
        s.runToEnd(m)
        s.runFor(10)

        then: "it aborted, naming SYSB, and left nothing behind"
        m.phase() == ABORTED && m.failure().startsWith("SYSB can write a source volume but cannot host an I/O monitor")
        s.problemsAfterAbort(m, before, [], ["SYSB"]).empty
    }
}
