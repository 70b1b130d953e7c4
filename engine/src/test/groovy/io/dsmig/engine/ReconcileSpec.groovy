package io.dsmig.engine

import io.dsmig.sim.dataset.NewDataSet
import io.dsmig.sim.name.DataSetName
import io.dsmig.sim.name.Volser
import io.dsmig.sim.space.SpaceRequest
import io.dsmig.sim.volume.DcbAttributes
import io.dsmig.sim.volume.Dsorg
import spock.lang.Specification

import static io.dsmig.engine.ChangeKind.*

/**
 * Allocation changes made by the installation while PAYROLL.** is being mirrored from SRC001-SRC003
 * to TGT001, reconciled by the migration either inside the downtime window (reconcile while
 * mirroring off) or at the resync passes while mirroring (the default). Every change is made by a
 * batch job when the bulk copy starts; the online data sets keep CICSPAY writing throughout.
 */
class ReconcileSpec extends Specification {

    static final String GROW = "PAYROLL.BATCH.GROW"
    static final String CUT = "PAYROLL.BATCH.CUT"
    static final String TRIM = "PAYROLL.BATCH.TRIM"
    static final String OLD = "PAYROLL.BATCH.OLD"
    static final String NAME = "PAYROLL.BATCH.NAME"
    static final String NEW_NAME = "PAYROLL.BATCH.RENAMED"
    static final String AGAIN = "PAYROLL.BATCH.AGAIN"
    static final String NEW1 = "PAYROLL.BATCH.NEW1"
    static final String NEW2 = "PAYROLL.BATCH.NEW2"
    static final List<String> ONLINE = ["PAYROLL.ONLINE.MASTER", "PAYROLL.ONLINE.LEDGER"]

    /** Each change: what the batch job does, the kind reconciliation must find, the action it must report, the data sets it concerns. */
    static final Map<String, Map> CASES = [
            "a data set takes new extents"                  : [
                    kinds: [EXTENTS_ADDED], copied: 30, action: "target extended on TGT001, 30 tracks copied", moved: [GROW],
                    make : { Installation s ->
                        s.world.dataSets().extend(DataSetName.of(GROW))
                        s.load(DataSetName.of(GROW), 100, 30)
                    }],
            "a data set releases part of an extent"         : [
                    kinds: [SPACE_RELEASED], copied: 0, action: "released target space to 70 tracks", moved: [CUT],
                    make : { Installation s -> s.world.dataSets().release(DataSetName.of(CUT), 70) }],
            "a data set releases whole extents"             : [
                    kinds: [SPACE_RELEASED], copied: 0, action: "released target space to 90 tracks", moved: [TRIM],
                    make : { Installation s -> s.world.dataSets().release(DataSetName.of(TRIM), 90) }],
            "two data sets matching the selection are added": [
                    kinds: [ADDED, ADDED], copied: 250, action: "allocated on [TGT001] and copied", moved: [NEW1, NEW2],
                    make : { Installation s ->
                        allocate(s, NEW2, "SRC002", 50)
                        allocate(s, NEW1, "SRC002", 200)
                    }],
            "a data set is deleted"                         : [
                    kinds: [DELETED], copied: 0, action: "target scratched (80 tracks freed)", moved: [],
                    make : { Installation s -> s.world.dataSets().delete(DataSetName.of(OLD)) }],
            "a data set is renamed"                         : [
                    kinds: [RENAMED], copied: 0, action: "target renamed to " + NEW_NAME, moved: [NEW_NAME],
                    make : { Installation s -> s.world.dataSets().rename(DataSetName.of(NAME), DataSetName.of(NEW_NAME)) }],
            "a data set is deleted and allocated again elsewhere": [
                    kinds: [PERSISTENT], copied: 120, action: "target reallocated on [TGT001] and copied in full (120 tracks)",
                    moved: [AGAIN],
                    make : { Installation s ->
                        s.world.dataSets().delete(DataSetName.of(AGAIN))
                        allocate(s, AGAIN, "SRC002", 120)
                    }],
    ]

    Installation s = payroll()

    static Installation payroll() {
        def s = new Installation()
        s.dataSet("PAYROLL.ONLINE.MASTER", "SRC001", 300)
        s.dataSet("PAYROLL.ONLINE.LEDGER", "SRC002", 200)
        s.cluster("PAYROLL.ONLINE.KSDS", "SRC003", 90)
        s.dataSet(GROW, "SRC001", 100, 30)
        s.dataSet(CUT, "SRC002", 100)
        s.multiExtent(TRIM, "SRC003", 60, 30, 3)
        s.dataSet(OLD, "SRC002", 80)
        s.dataSet(NAME, "SRC001", 70)
        s.dataSet(AGAIN, "SRC003", 120)
        s.application("CICSPAY", "PAYROLL.ONLINE.**", 50)
        s
    }

    /** A batch job allocates a new data set and loads every track of it. */
    static void allocate(Installation s, String name, String volser, int tracks) {
        s.allocateAndLoad(name, volser, tracks)
    }

    static MigrationOptions options(boolean mirroring) {
        MigrationOptions.DEFAULT.withVerify(true).withReconcileWhileMirroring(mirroring)
    }

    def "#change, reconciled #when"() {
        given: "the change is made as the bulk copy starts"
        def m = s.engine.start(s.request(options(mirroring)))
        s.whenPhase(m, Phase.COPY) { CASES[change].make(s) }
        def saved = s.contentsAtWindow(m, CASES[change].moved)

        when: "the migration runs to the end, and CICSPAY goes on writing for a while"
        s.runToEnd(m)
        def differences = s.targetDifferences(saved)
        def onlineMoved = ONLINE.every { s.onTargets(it) }
        s.runFor(20)
        def actions = m.report().reconciliation()
        def problems = s.problemsAfterSuccess(m)

        then: "the change is reported once, with the action taken at the time expected"
        actions*.change()*.kind() == CASES[change].kinds
        actions.every { it.action().contains(CASES[change].action) && it.inWindow() == !mirroring }

        and: "a one-time copy moved exactly the tracks the change needs, and no more"
        Installation.oneTimeCopyTracks(m) == CASES[change].copied

        and: "the catalog points at the targets, which hold what the sources held at close"
        differences.empty && onlineMoved

        and: "the migration completed, no copy is left behind, and every application write reads back"
        problems.empty

        where:
        [change, mirroring] << [CASES.keySet(), [false, true]].combinations()
        when = mirroring ? "while mirroring" : "inside the downtime window"
    }

    def "every kind of change at once, reconciled #when: space is freed before any is taken, larger data sets first"() {
        given: "all the changes are made as the bulk copy starts"
        def m = s.engine.start(s.request(options(mirroring)))
        s.whenPhase(m, Phase.COPY) { CASES.values().each { it.make(s) } }
        def moved = CASES.values().collectMany { it.moved }
        def saved = s.contentsAtWindow(m, moved)

        when: "the migration runs to the end"
        s.runToEnd(m)
        def differences = s.targetDifferences(saved) + ONLINE.findAll { !s.onTargets(it) }
        s.runFor(20)
        def kinds = m.report().reconciliation()*.change()*.kind()
        def problems = s.problemsAfterSuccess(m)

        then: "every change is reported, all of them at the time expected"
        kinds.sort(false) == CASES.values().collectMany { it.kinds }.sort(false)
        m.report().reconciliation().every { it.inWindow() == !mirroring }

        and: "deletions and releases come before any allocation, and the larger new data set is placed first"
        kinds.findLastIndexOf { it in [DELETED, SPACE_RELEASED] } < kinds.findIndexOf { it in [PERSISTENT, ADDED, EXTENTS_ADDED] }
        Installation.actions(m, ADDED)*.change()*.dataSet()*.value() == [NEW1, NEW2]

        and: "everything moved holds its data on the targets, and nothing leaked"
        (differences + problems).empty

        where:
        mirroring << [false, true]
        when = mirroring ? "while mirroring" : "inside the downtime window"
    }

    def "a data set added inside the window stays enqueued until the window closes, so a batch job cannot change it behind the copy"() {
        given: "a job adds PAYROLL.BATCH.NEW1 as the bulk copy starts; another wants to extend it as the target metadata is fixed, waiting for its ENQ as DISP=OLD does"
        def m = s.engine.start(s.request(options(false)))
        s.whenPhase(m, Phase.COPY) { allocate(s, NEW1, "SRC002", 200) }
        long extendedAt = -1
        s.whenPhase(m, Phase.FIX_METADATA) {
            s.whenFree(NEW1) {
                s.world.dataSets().extend(DataSetName.of(NEW1))
                extendedAt = s.world.kernel().nowNanos()
            }
        }

        when: "the migration runs to the end"
        s.runToEnd(m)
        def windowEnd = m.report().timeline().find { it.phase() == Phase.REOPEN }.startNanos()

        then: "the data set was added in the window and the extending job had to wait for the reopen"
        Installation.actions(m, ADDED)*.inWindow() == [true]
        extendedAt >= windowEnd

        and: "so the extension was made on the target, and nothing was lost"
        s.onTargets(NEW1) && s.describe(NEW1).trackCount() == 215
        s.problemsAfterSuccess(m).empty
    }

    def "a new data set allocated in a deleted one's space under another name is not taken for a rename (#when)"() {
        given: "once the bulk copy is done a job deletes PAYROLL.BATCH.NAME and allocates a direct data set of 70 tracks, with other DCB attributes, in its space"
        def old = s.describe(NAME)
        def m = s.engine.start(s.request(options(mirroring)))
        def reused = null
        s.whenPhase(m, Phase.RESYNC) {
            s.world.dataSets().delete(DataSetName.of(NAME))
            s.world.dataSets().allocate(new NewDataSet(DataSetName.of(NEW1), Dsorg.DA, DcbAttributes.CI4K,
                    SpaceRequest.tracks(70, 5), [Volser.of("SRC001")]))
            s.load(DataSetName.of(NEW1))
            reused = s.describe(NEW1).extents() == old.extents()
        }
        def saved = s.contentsAtWindow(m, [NEW1])

        when: "the migration runs to the end"
        s.runToEnd(m)
        def target = s.describe(NEW1).pieces()[0].entry()
        def kinds = m.report().reconciliation()*.change()*.kind()
        def problems = s.targetDifferences(saved) + s.problemsAfterSuccess(m)

        then: "the new data set lies exactly in the old one's space"
        reused

        and: "reconciliation saw a deletion and an addition, not a rename"
        kinds == [DELETED, ADDED]

        and: "so the target carries the new data set's organization, DCB and space request, and its data"
        [target.dsorg(), target.dcb(), target.space()] == [Dsorg.DA, DcbAttributes.CI4K, SpaceRequest.tracks(70, 5)]
        problems.empty

        where:
        mirroring << [false, true]
        when = mirroring ? "while mirroring" : "inside the downtime window"
    }

    def "a like data set allocated under another name inside the window, exactly in a deleted one's space, is taken for a rename but gets what was written to it"() {
        given: "a job deletes PAYROLL.BATCH.OLD as the bulk copy starts; inside the window, after the final resync, another allocates PAYROLL.BATCH.NEW1 with the same attributes on SRC002 and writes its first 5 tracks"
        def old = s.describe(OLD)
        def m = s.engine.start(s.request(options(false)))
        s.whenPhase(m, Phase.COPY) { s.world.dataSets().delete(DataSetName.of(OLD)) }
        def reused = null
        s.whenPhase(m, Phase.RECONCILE) {
            s.world.dataSets().allocate(new NewDataSet(DataSetName.of(NEW1), Dsorg.PS, DcbAttributes.FB80,
                    SpaceRequest.tracks(80, 15), [Volser.of("SRC002")]))
            reused = s.describe(NEW1).extents() == old.extents()
            s.load(DataSetName.of(NEW1), 0, 5)
        }

        when: "the migration runs to the end"
        s.runToEnd(m)
        def problems = s.problemsAfterSuccess(m)

        then: "the new data set lies exactly in the old one's space, with its attributes, so reconciliation sees a rename"
        reused
        Installation.actions(m, RENAMED)*.change()*.newName()*.value() == [NEW1]

        and: "the 5 tracks written in the window were copied before the switch, so the target holds what the source holds"
        m.events().any { it.kind() == "resync" && it.message().startsWith("5 changed tracks remain after reconciliation") }
        s.onTargets(NEW1)
        problems.empty
    }

    def "a rename to a name the target volume already holds aborts the migration cleanly, naming the data set (#when)"() {
        given: "TGT001 holds an uncataloged PAYROLL.BATCH.RENAMED left over by someone, and a job renames PAYROLL.BATCH.NAME to that name as the copy starts"
        s.world.dataSets().allocateUncataloged(new NewDataSet(DataSetName.of(NEW_NAME), Dsorg.PS, DcbAttributes.FB80,
                SpaceRequest.tracks(5, 0), [Volser.of("TGT001")]))
        def before = s.before()
        def m = s.engine.start(s.request(options(mirroring)))
        s.whenPhase(m, Phase.COPY) { CASES["a data set is renamed"].make(s) }

        when: "the migration runs until it reconciles the rename"
        s.runToEnd(m)
        s.runFor(10)
        def problems = s.problemsAfterAbort(m, before, [NAME, NEW_NAME])

        then: "it aborted, saying what could not be done and why"
        m.phase() == Phase.ABORTED
        m.failure() == "reconciling allocation changes failed: TGT001: cannot rename PAYROLL.BATCH.NAME to " +
                "PAYROLL.BATCH.RENAMED, which already exists on this volume"

        and: "cleanly: the leftover is untouched, no target of the migration is left, CICSPAY runs again"
        problems.empty

        where:
        mirroring << [false, true]
        when = mirroring ? "while mirroring" : "inside the downtime window"
    }
}
