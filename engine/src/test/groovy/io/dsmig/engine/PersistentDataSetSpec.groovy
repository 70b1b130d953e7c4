package io.dsmig.engine

import io.dsmig.sim.name.DataSetName
import spock.lang.Specification

import static io.dsmig.engine.ChangeKind.PERSISTENT

/**
 * Persistent data sets (seed 002 [0062]-[0063]): present at the assessment and at the window, but
 * deleted and allocated again in between. Mirrored tracks are wrong when the new allocation lies
 * elsewhere, and right when it lies at exactly the same extents (the monitors saw every new write).
 */
class PersistentDataSetSpec extends Specification {

    static final String AGAIN = "PAYROLL.BATCH.AGAIN"

    Installation s = new Installation()

    def setup() {
        s.dataSet("PAYROLL.ONLINE.MASTER", "SRC001", 300)
        s.dataSet("PAYROLL.BATCH.BEFORE", "SRC003", 50)
        s.dataSet(AGAIN, "SRC003", 120)
        s.dataSet("PAYROLL.BATCH.AFTER", "SRC003", 50)
        s.application("CICSPAY", "PAYROLL.ONLINE.**", 50)
    }

    static MigrationOptions options(boolean mirroring) {
        MigrationOptions.DEFAULT.withVerify(true).withReconcileWhileMirroring(mirroring)
    }

    def "a data set deleted and allocated again elsewhere under its name is reallocated on the target and copied in full (#when)"() {
        given: "a job deletes PAYROLL.BATCH.AGAIN once it has been copied, and allocates and loads 150 tracks of it on SRC002"
        def oldExtents = s.describe(AGAIN).extents()
        def m = s.engine.start(s.request(options(mirroring)))
        s.whenPhase(m, Phase.RESYNC) {
            s.world.dataSets().delete(DataSetName.of(AGAIN))
            s.allocateAndLoad(AGAIN, "SRC002", 150)
        }
        def saved = s.contentsAtWindow(m, [AGAIN])

        when: "the migration runs to the end"
        s.runToEnd(m)
        def problems = s.targetDifferences(saved) + s.problemsAfterSuccess(m)

        then: "reconciliation found a persistent data set, not a release or an extension"
        Installation.actions(m, PERSISTENT)*.change()*.detail() == ["now 150 tracks on [SRC002]"]
        Installation.actions(m, PERSISTENT)*.inWindow() == [!mirroring]

        and: "its target was scratched, allocated again at the new size and copied in full"
        Installation.actions(m, PERSISTENT)*.action() == ["target reallocated on [TGT001] and copied in full (150 tracks)"]
        Installation.oneTimeCopyTracks(m) == 150 && s.describe(AGAIN).trackCount() == 150

        and: "the catalog points at a target holding the new data, and nothing of the old allocation is left"
        s.describe(AGAIN).extents() != oldExtents && problems.empty

        where:
        mirroring << [false, true]
        when = mirroring ? "while mirroring" : "inside the downtime window"
    }

    def "a data set deleted and allocated again at exactly the same extents is no change: the monitors carried its new data (#when)"() {
        given: "a job deletes PAYROLL.BATCH.AGAIN once it has been copied, and allocates it again in its old hole and loads it"
        def oldExtents = s.describe(AGAIN).extents()
        def m = s.engine.start(s.request(options(mirroring)))
        List reallocatedAt = []
        s.whenPhase(m, Phase.RESYNC) {
            s.world.dataSets().delete(DataSetName.of(AGAIN))
            s.allocateAndLoad(AGAIN, "SRC003", 120)
            reallocatedAt = s.describe(AGAIN).extents()
        }
        def saved = s.contentsAtWindow(m, [AGAIN])

        when: "the migration runs to the end"
        s.runToEnd(m)
        def problems = s.targetDifferences(saved) + s.problemsAfterSuccess(m)

        then: "the new allocation lies exactly where the old one was"
        reallocatedAt == oldExtents

        and: "reconciliation found nothing to do and copied nothing once"
        m.report().reconciliation().empty && Installation.oneTimeCopyTracks(m) == 0

        and: "yet the target holds the data loaded after the copy, and nothing leaked"
        problems.empty

        where:
        mirroring << [false, true]
        when = mirroring ? "while mirroring" : "inside the downtime window"
    }
}
