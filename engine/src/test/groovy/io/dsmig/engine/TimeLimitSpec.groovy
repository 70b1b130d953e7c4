package io.dsmig.engine

import io.dsmig.sim.app.ApplicationDefinition
import io.dsmig.sim.app.Workload
import io.dsmig.sim.geometry.DeviceType
import io.dsmig.sim.kernel.SimTime
import io.dsmig.sim.name.Mask
import spock.lang.Specification

/**
 * The time limit holds in every phase before close is asked for, the bulk copy included. Found in
 * the field: applications writing 1,000 tracks a second each starved the bulk copy, the limit was
 * only looked at after a resync pass, and 'run until done' ran for simulated minutes past it.
 */
class TimeLimitSpec extends Specification {

    Installation s = new Installation(sourceCount: 1, sourceType: DeviceType.D3390_9)

    def setup() {
        s.dataSet("PAYROLL.ONLINE.MASTER", "SRC001", 20_000)
        s.world.dataSets().setUsed(s.describe("PAYROLL.ONLINE.MASTER"), 20_000, 2)
    }

    /** Four CICS regions, each rewriting PAYROLL.ONLINE.MASTER at 1,000 tracks a second. */
    void heavyWriters() {
        (1..4).each { s.world.addApplication(new ApplicationDefinition("CICS$it", "SYSA", [Mask.parse("PAYROLL.**")],
                Workload.DEFAULT.withRate(1_000))).start() }
        s.runFor(1)
    }

    /** The figures a time-limit message gives: tracks copied, of how many, the copy rate and the change rate. */
    static List<Double> figures(String failure) {
        def found = failure =~ /it copied ([\d,]+) of ([\d,]+) tracks .* at ([\d,]+) tracks\/s while the applications changed ([\d,]+) tracks\/s/
        found ? (1..4).collect { found[0][it].replace(",", "") as double } : []
    }

    def "a bulk copy starved by heavy writers gives up at its time limit, saying how far it got, at what rates, and what to do"() {
        given: "the heavy writers, and the target VTOC and catalog as they were"
        heavyWriters()
        def before = s.before()

        when: "the migration runs with a time limit of one minute"
        def m = s.engine.start(s.request(MigrationOptions.DEFAULT.withTimeLimit(SimTime.seconds(60))))
        s.runToEnd(m)
        def aborted = m.events().find { it.kind() == "abort" }

        then: "it gave up during the bulk copy, at the limit, not at the end of the copy"
        m.phase() == Phase.ABORTED && aborted.phase() == Phase.COPY
        aborted.timeNanos() - m.report().startedNanos() == SimTime.seconds(60)

        and: "the message names the limit, the progress and the rates, and what to do"
        m.failure().startsWith("the bulk copy did not finish within its time limit of ${SimTime.format(SimTime.seconds(60))}: it copied ")
        m.failure().endsWith("raise the time limit, or copy when the applications write less")
        figures(m.failure())[0] > 0 && figures(m.failure())[0] < 20_000 && figures(m.failure())[1] == 20_000
        figures(m.failure())[3] > 500

        and: "nothing was left behind, and the applications never stopped"
        s.runFor(5)
        s.problemsAfterAbort(m, before).empty
    }

    def "the time limit holds in '#phase.words()' too"() {
        given: "the target VTOC and catalog as they were"
        def before = s.before()

        when: "the migration runs with a time limit that ends during #phase.words()"
        def m = s.engine.start(s.request(MigrationOptions.DEFAULT.withTimeLimit(limit)))
        s.runToEnd(m)

        then: "it gave up in that phase, at the limit, naming it"
        def aborted = m.events().find { it.kind() == "abort" }
        aborted.phase() == phase && aborted.timeNanos() == limit
        m.failure().startsWith(start.replace("LIMIT", SimTime.format(limit)))

        and: "nothing was left behind"
        s.problemsAfterAbort(m, before).empty

        where:
        phase          | limit                 || start
        Phase.ALLOCATE | SimTime.millis(10)    || "the migration did not start copying within its time limit of LIMIT: it was allocating targets; raise the time limit"
        Phase.COPY     | SimTime.seconds(5)    || "the bulk copy did not finish within its time limit of LIMIT: it copied "
    }
}
