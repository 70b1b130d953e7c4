package io.dsmig.engine

import spock.lang.Specification

import static io.dsmig.engine.Phase.*

/**
 * An operator cancels PAYMIG (PAYROLL.** from SRC001-SRC003 to TGT001, CICSPAY writing on SYSA and
 * BATCHPAY on SYSB) in each phase in turn. Before the catalog switch a cancel must undo everything;
 * after it there is nothing to undo.
 */
class AbortSpec extends Specification {

    Installation s = payroll()

    static Installation payroll() {
        def s = new Installation()
        s.dataSet("PAYROLL.ONLINE.MASTER", "SRC001", 600)
        s.dataSet("PAYROLL.ONLINE.LEDGER", "SRC002", 400)
        s.cluster("PAYROLL.ONLINE.KSDS", "SRC003", 150)
        s.multiExtent("PAYROLL.BATCH.HISTORY", "SRC003", 90, 45, 4)
        s.application("CICSPAY", "PAYROLL.ONLINE.**", 100)
        s.application("BATCHPAY", "PAYROLL.BATCH.**", 20, "SYSB")
        s
    }

    /** Starts the migration and cancels it as soon as it enters {@code phase}. */
    Migration cancelIn(Phase phase) {
        def m = s.engine.start(s.request())
        m.addListener { MigrationEvent e ->
            if (e.kind() == "phase" && e.phase() == phase) {
                m.abort("operator cancelled during " + phase.words())
            }
        }
        m
    }

    def "a cancel while the migration is in '#phase.words()' undoes everything it did"() {
        given: "the target VTOC and the catalog as they were"
        def before = s.before()

        when: "the operator cancels in that phase, and the applications run on for a while"
        def m = cancelIn(phase)
        s.runToEnd(m)
        s.runFor(10)
        def problems = s.problemsAfterAbort(m, before)

        then: "the migration had reached the phase, and stopped saying why"
        phase in m.report().timeline()*.phase()
        m.phase() == ABORTED && m.failure() == "operator cancelled during " + phase.words()

        and: "no target allocation or new VVDS is left, no monitor, the catalog is untouched, every application runs again and every write reads back"
        problems.empty

        and: "the status forecasts no downtime for a migration that stopped before its window; one that stopped inside says how long it was"
        m.status().downtimeNanos() == 0 || phase.inWindow()
        !phase.inWindow() || m.status().downtimeNanos() > 0 && !m.status().downtimeForecast()

        where:
        phase << [ALLOCATE, TABLE, MONITOR, COPY, RESYNC, CLOSE, FINAL_RESYNC, RECONCILE, FIX_METADATA]
    }

    def "a cancel once the catalog has been switched (in '#phase.words()') changes nothing: the migration completes"() {
        when: "the operator cancels after the switch"
        def m = cancelIn(phase)
        s.runToEnd(m)
        s.runFor(10)
        def problems = s.problemsAfterSuccess(m)

        then: "the migration completed and every data set is on the target"
        m.succeeded() && m.failure() == null
        ["PAYROLL.ONLINE.MASTER", "PAYROLL.ONLINE.KSDS.DATA", "PAYROLL.BATCH.HISTORY"].every { s.onTargets(it) }

        and: "nothing was left behind and every write reads back"
        problems.empty

        where:
        phase << [SWITCH, REOPEN]
    }

    def "a cancel leaves a VVDS that was on the target before, with its records, and removes only what the migration added"() {
        given: "TGT001 already holds another application's KSDS, so it has a VVDS"
        s.cluster("OTHER.KSDS", "TGT001", 30)
        def vvds = s.world.volume("TGT001").vvds().get()
        def recordsBefore = vvds.records()*.component().toSet()
        def before = s.before()

        when: "the operator cancels while the copy runs"
        def m = cancelIn(COPY)
        s.runToEnd(m)
        s.runFor(10)
        def problems = s.problemsAfterAbort(m, before)

        then: "the VVDS is still there, holding exactly the records it held"
        s.world.volume("TGT001").vvds().get().records()*.component().toSet() == recordsBefore
        recordsBefore.size() == 2

        and: "everything else is as it was"
        problems.empty
    }
}
