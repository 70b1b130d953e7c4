package io.dsmig.engine

import io.dsmig.sim.name.DataSetName
import io.dsmig.sim.name.Volser
import spock.lang.Specification

import static io.dsmig.engine.ChangeKind.*

/**
 * The storage administrator's reconcile hook decides each allocation change before the migration acts
 * on it: exclude the data set, place a new one on a chosen target, abort, or (by mistake) throw. The
 * changes are made as the bulk copy starts and reconciled inside the downtime window.
 */
class ReconcileHookSpec extends Specification {

    static final String NEW1 = "PAYROLL.BATCH.NEW1"
    static final String GROW = "PAYROLL.BATCH.GROW"
    static final List<String> STAYING = ["PAYROLL.ONLINE.MASTER", "PAYROLL.ONLINE.LEDGER", "PAYROLL.ONLINE.KSDS.DATA"]

    Installation s = payroll()

    static Installation payroll() {
        def s = new Installation(targetCount: 2)
        s.dataSet("PAYROLL.ONLINE.MASTER", "SRC001", 300)
        s.dataSet("PAYROLL.ONLINE.LEDGER", "SRC002", 200)
        s.cluster("PAYROLL.ONLINE.KSDS", "SRC003", 90)
        s.dataSet(GROW, "SRC001", 100, 30)
        s.application("CICSPAY", "PAYROLL.ONLINE.**", 50)
        s
    }

    /** Starts the migration with {@code hook}; as the copy starts a job adds NEW1 and GROW takes an extent. */
    Migration start(ReconcileHook hook) {
        def m = s.engine.start(s.request(MigrationOptions.DEFAULT.withVerify(true).withReconcileWhileMirroring(false))
                .withReconcileHook(hook))
        s.whenPhase(m, Phase.COPY) {
            s.allocateAndLoad(NEW1, "SRC002", 200)
            s.world.dataSets().extend(DataSetName.of(GROW))
        }
        m
    }

    def "a hook that excludes a new data set leaves it on its source, while the rest moves"() {
        given: "a hook excluding every added data set"
        def m = start { change, context ->
            change.kind() == ADDED ? Decision.exclude("not part of this move") : Decision.accept()
        }

        when: "the migration runs to the end"
        s.runToEnd(m)
        def problems = s.problemsAfterSuccess(m)

        then: "the change is reported as decided by the hook, and the data set is not migrated"
        Installation.actions(m, ADDED)*.decision()*.kind() == [Decision.Kind.EXCLUDE]
        Installation.actions(m, ADDED)*.action() == ["not migrated: not part of this move"]

        and: "it is still cataloged on its source, the others are on the targets, and nothing leaked"
        s.onSources(NEW1) && (STAYING + GROW).every { s.onTargets(it) }
        problems.empty
    }

    def "a hook that excludes a data set that took new extents takes it out of the migration: its target is scratched"() {
        given: "a hook excluding data sets that grow"
        def m = start { change, context ->
            change.kind() == EXTENTS_ADDED ? Decision.exclude("it grows during the move") : Decision.accept()
        }

        when: "the migration runs to the end"
        s.runToEnd(m)
        def problems = s.problemsAfterSuccess(m)

        then: "the change is reported with the exclusion"
        Installation.actions(m, EXTENTS_ADDED)*.action() == ["excluded: it grows during the move; it stays on the source"]

        and: "the data set stays on its source with its new extent, the others move, and no target copy is left"
        s.onSources(GROW) && s.describe(GROW).extentCount() == 2
        (STAYING + NEW1).every { s.onTargets(it) } && problems.empty
    }

    def "a hook that places a new data set on #chosen gets it allocated there"() {
        given: "a hook placing added data sets on one target"
        def m = start { change, context ->
            change.kind() == ADDED ? Decision.placeOn([Volser.of(chosen)]) : Decision.accept()
        }

        when: "the migration runs to the end"
        s.runToEnd(m)
        def problems = s.problemsAfterSuccess(m)

        then: "the action names the chosen target, and the catalog places the data set there alone"
        Installation.actions(m, ADDED)*.action() == ["allocated on [${chosen}] and copied (200 tracks)".toString()]
        s.world.catalogs().locate(DataSetName.of(NEW1)).get().volumes() == [Volser.of(chosen)]

        and: "nothing leaked"
        problems.empty

        where:
        chosen << ["TGT001", "TGT002"]
    }

    def "a hook that #does stops the migration cleanly, naming the change and #why"() {
        given: "the target VTOCs and the catalog as they were"
        def before = s.before()

        when: "the migration runs until the hook stops it, and CICSPAY runs on"
        def m = start(hook)
        s.runToEnd(m)
        s.runFor(10)
        def problems = s.problemsAfterAbort(m, before, [GROW])

        then: "it aborted with a message naming the change and the hook's words"
        m.phase() == Phase.ABORTED
        m.failure() == failure

        and: "no target is left, no monitor, the catalog is untouched and CICSPAY runs again"
        problems.empty

        where:
        does      | why              | hook                                                                        || failure
        "aborts"  | "its reason"     | { c, x -> c.kind() == ADDED ? Decision.abort("change freeze") : Decision.accept() } as ReconcileHook || "the reconcile hook aborted on added PAYROLL.BATCH.NEW1 (on [SRC002]): change freeze"
        "throws"  | "its message"    | { c, x -> throw new IllegalStateException("no rule for " + c.kind()) } as ReconcileHook             || "the reconcile hook failed on added PAYROLL.BATCH.NEW1 (on [SRC002]): no rule for ADDED"
    }
}
