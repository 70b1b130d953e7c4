package io.dsmig.engine

import io.dsmig.sim.app.Application
import io.dsmig.sim.app.Workload
import io.dsmig.sim.kernel.SimTime
import io.dsmig.sim.name.DataSetName
import io.dsmig.sim.name.Volser
import spock.lang.Specification

import static io.dsmig.engine.Phase.*

/**
 * The migration learns who has a data set only from the ENQs, and keeps everybody away from its data
 * sets through the downtime window with exclusive ENQs of its own: the window opens when the last
 * holder — application or batch job — lets go, nothing opens a data set behind its back inside the
 * window, and a data set a job still holds is left on the source rather than copied half-written.
 */
class SerializationSpec extends Specification {

    Installation s = new Installation()

    def setup() {
        s.dataSet("PAYROLL.ONLINE.MASTER", "SRC001", 600)
        s.dataSet("PAYROLL.ONLINE.LEDGER", "SRC002", 300)
        s.dataSet("PAYROLL.BATCH.HISTORY", "SRC003", 300)
        s.application("CICSPAY", "PAYROLL.ONLINE.**", 100, "SYSA", Workload.DEFAULT.withOpenLatency(SimTime.millis(1)))
    }

    def "an operator who restarts CICSPAY (it opens in 1ms) inside the downtime window: its open waits for the migration, and it opens on the target once the window closes"() {
        given: "the operator tells CICSPAY to reopen as soon as the window opens"
        def app = s.world.applications().get("CICSPAY")
        def m = s.engine.start(s.request())
        s.whenPhase(m, FINAL_RESYNC) { app.reopen() }
        long opensAtSwitch = -1
        s.whenPhase(m, SWITCH) { opensAtSwitch = app.opens() }

        when: "the migration runs to the end, and the simulation on"
        s.runToEnd(m)
        s.runFor(5)
        def problems = s.problemsAfterSuccess(m)

        then: "CICSPAY had not opened again when the catalog was switched"
        opensAtSwitch == 1

        and: "it opened after the window, on the target, and nothing was lost"
        app.state() == Application.State.RUNNING && app.opens() == 2
        app.openVolumes(DataSetName.of("PAYROLL.ONLINE.MASTER")) == [Volser.of("TGT001")]
        problems.empty
    }

    def "a batch job holding a selected data set when close is asked for: only the applications are asked to close, and the window opens the moment the job's step ends"() {
        given: "PAYJOB takes PAYROLL.BATCH.HISTORY exclusively during the resync, and its step ends 30s after close is asked for"
        def m = s.engine.start(s.request())
        def job = null
        long jobEndedAt = -1
        s.whenPhase(m, RESYNC) { job = s.jobHolds("PAYROLL.BATCH.HISTORY") }
        s.whenPhase(m, CLOSE) {
            s.world.kernel().post(SimTime.seconds(30)) {
                s.jobEnds("PAYROLL.BATCH.HISTORY", job)
                jobEndedAt = s.world.kernel().nowNanos()
            }
        }

        when: "the migration runs to the end"
        s.runToEnd(m)
        def windowOpened = m.report().timeline().find { it.phase() == FINAL_RESYNC }.startNanos()
        def problems = s.problemsAfterSuccess(m)

        then: "CICSPAY was asked to close and reopened; the job was not asked anything"
        s.world.applications().get("CICSPAY").opens() == 2
        m.events().every { it.kind() != "abort" }

        and: "the window opened exactly when the job's step ended, and everything moved"
        jobEndedAt > 0 && windowOpened == jobEndedAt
        ["PAYROLL.ONLINE.MASTER", "PAYROLL.ONLINE.LEDGER", "PAYROLL.BATCH.HISTORY"].every { s.onTargets(it) }
        problems.empty
    }

    def "a data set a batch job is still loading when the window opens stays on the source, and the migration says who holds it"() {
        given: "as close is asked for, PAYJOB allocates PAYROLL.BATCH.NEW1 on SRC002 and loads it, holding it exclusively for a minute"
        def m = s.engine.start(s.request(MigrationOptions.DEFAULT.withVerify(true).withReconcileWhileMirroring(false)))
        def job = null
        s.whenPhase(m, CLOSE) {
            s.allocateAndLoad("PAYROLL.BATCH.NEW1", "SRC002", 120)
            job = s.jobHolds("PAYROLL.BATCH.NEW1")
            s.world.kernel().post(SimTime.seconds(60)) { s.jobEnds("PAYROLL.BATCH.NEW1", job) }
        }

        when: "the migration runs to the end"
        s.runToEnd(m)
        def added = Installation.actions(m, ChangeKind.ADDED)
        def problems = s.problemsAfterSuccess(m)

        then: "reconciliation in the window found the new data set and left it to the job, naming it"
        added*.change()*.dataSet()*.value() == ["PAYROLL.BATCH.NEW1"]
        added[0].inWindow()
        added[0].action() == "not migrated, it stays on the source: it is in use by job PAYJOB on SYSA"

        and: "it is still on the source, the rest moved, and nothing was lost"
        s.onSources("PAYROLL.BATCH.NEW1")
        ["PAYROLL.ONLINE.MASTER", "PAYROLL.ONLINE.LEDGER", "PAYROLL.BATCH.HISTORY"].every { s.onTargets(it) }
        problems.empty
    }

    def "an offline copy leaves a data set a batch job is still loading on the source, and says so"() {
        given: "just after the start PAYJOB allocates PAYROLL.BATCH.NEW1 and loads it, holding it exclusively for two minutes"
        def m = s.engine.start(s.request(MigrationOptions.DEFAULT.withVerify(true).withOffline(true)))
        s.allocateAndLoad("PAYROLL.BATCH.NEW1", "SRC003", 200)
        def job = s.jobHolds("PAYROLL.BATCH.NEW1")
        s.world.kernel().post(SimTime.seconds(120)) { s.jobEnds("PAYROLL.BATCH.NEW1", job) }

        when: "the migration runs to the end"
        s.runToEnd(m)
        def problems = s.problemsAfterSuccess(m)

        then: "the offline copy took everything else and said why it left the new data set"
        m.succeeded()
        m.events().any { it.kind() == "in use" && it.message() == "PAYROLL.BATCH.NEW1 is in use by job PAYJOB on SYSA; " +
                "it is not migrated and stays on the source" }
        s.onSources("PAYROLL.BATCH.NEW1")
        ["PAYROLL.ONLINE.MASTER", "PAYROLL.ONLINE.LEDGER", "PAYROLL.BATCH.HISTORY"].every { s.onTargets(it) }
        problems.empty
    }
}
