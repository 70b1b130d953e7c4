package io.dsmig.engine

import io.dsmig.sim.app.Application
import io.dsmig.sim.app.ApplicationDefinition
import io.dsmig.sim.app.Workload
import io.dsmig.sim.name.DataSetName
import io.dsmig.sim.name.Mask
import spock.lang.Specification

/**
 * The offline baseline (MigrationOptions.withOffline): close first, then assess again, allocate, copy
 * everything and switch the catalog inside the downtime window, no mirroring.
 */
class OfflineCopySpec extends Specification {

    static final String NEW1 = "PAYROLL.BATCH.NEW1"

    Installation s = new Installation()

    def setup() {
        s.dataSet("PAYROLL.ONLINE.MASTER", "SRC001", 600)
        s.cluster("PAYROLL.ONLINE.KSDS", "SRC002", 150)
        s.dataSet("PAYROLL.BATCH.HISTORY", "SRC003", 300)
        s.application("CICSPAY", "PAYROLL.ONLINE.**", 100)
    }

    def "an offline copy moves everything with the applications closed, and the whole copy is downtime"() {
        when: "the offline migration runs to the end"
        def m = s.runToEnd(s.engine.start(s.request(MigrationOptions.DEFAULT.withVerify(true).withOffline(true))))
        s.runFor(10)
        def problems = s.problemsAfterSuccess(m)

        then: "every data set is on the target, verified, and nothing leaked"
        ["PAYROLL.ONLINE.MASTER", "PAYROLL.ONLINE.KSDS.DATA", "PAYROLL.BATCH.HISTORY"].every { s.onTargets(it) }
        problems.empty

        and: "the downtime holds the allocation and the copy of every track"
        m.report().downtime().copyNanos() > 0
        m.report().downtime().totalNanos() >= m.report().copyNanos()
    }

    def "an offline copy holds every data set it copies enqueued, also one created after it started"() {
        given: "a job creates PAYROLL.BATCH.NEW1 just after the start; another wants to extend it while the copy runs, waiting for its ENQ"
        def m = s.engine.start(s.request(MigrationOptions.DEFAULT.withVerify(true).withOffline(true)))
        s.allocateAndLoad(NEW1, "SRC003", 200)
        long extendedAt = -1
        s.whenPhase(m, Phase.COPY) {
            s.whenFree(NEW1) {
                s.world.dataSets().extend(DataSetName.of(NEW1))
                extendedAt = s.world.kernel().nowNanos()
            }
        }

        when: "the migration runs to the end"
        s.runToEnd(m)
        def reopenedAt = m.report().timeline().find { it.phase() == Phase.REOPEN }.startNanos()
        def problems = s.problemsAfterSuccess(m)

        then: "the job had to wait until the reopen"
        extendedAt >= reopenedAt

        and: "so it extended the target, and nothing was lost"
        s.onTargets(NEW1) && s.describe(NEW1).trackCount() == 215
        problems.empty
    }

    def "a cancel while an offline copy allocates its targets in the window undoes everything"() {
        given: "the target VTOCs and the catalog as they were, and an operator who cancels as the targets are allocated"
        def before = s.before()
        def m = s.engine.start(s.request(MigrationOptions.DEFAULT.withOffline(true)))
        m.addListener { MigrationEvent e ->
            if (e.kind() == "phase" && e.phase() == Phase.ALLOCATE) {
                m.abort("operator cancelled")
            }
        }

        when: "the simulation runs on past the allocation"
        s.runToEnd(m)
        s.runFor(10)
        def problems = s.problemsAfterAbort(m, before)

        then: "the migration stayed aborted, without going on to build a table for targets it had freed"
        m.phase() == Phase.ABORTED && m.failure() == "operator cancelled"
        m.events().last().phase() == Phase.ABORTED

        and: "nothing is left, and CICSPAY runs again"
        problems.empty
    }

    def "an offline copy started while an application is still opening its data sets does not copy under it"() {
        given: "BATCHPAY, writing 200 tracks a second over PAYROLL.BATCH.**, has just been started and is still opening"
        def batch = s.world.addApplication(new ApplicationDefinition("BATCHPAY", "SYSA", [Mask.parse("PAYROLL.BATCH.**")],
                Workload.DEFAULT.withRate(200)))
        batch.start()

        when: "the offline migration starts in that same instant and runs to the end"
        def m = s.engine.start(s.request(MigrationOptions.DEFAULT.withVerify(true).withOffline(true)))
        s.runToEnd(m)
        s.runFor(10)
        def problems = s.problemsAfterSuccess(m)

        then: "it completed, its verification found every target as the source was at close, and every write reads back"
        problems.empty

        and: "BATCHPAY's open waited for the migration's ENQs: it opened once, after the switch, on the targets"
        batch.state() == Application.State.RUNNING && batch.opens() == 1
        batch.openVolumes(DataSetName.of("PAYROLL.BATCH.HISTORY")) == s.targets
    }
}
