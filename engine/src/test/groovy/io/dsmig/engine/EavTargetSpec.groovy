package io.dsmig.engine

import io.dsmig.sim.geometry.DeviceType
import io.dsmig.sim.name.DataSetName
import spock.lang.Specification

import static io.dsmig.engine.ChangeKind.EXTENTS_ADDED

/**
 * Incident: a merge onto a 3390-A verified with mismatches. Cylinder-managed space is allocated in
 * 21-cylinder units, so a target placed there is larger than its source; when the source then took
 * new extents, their tracks were copied into new target extents after the target's spare tracks, while
 * the data set's own relative tracks — what a reader sees — lay in the spare tracks, never written.
 * The new tracks must go into the spare tracks first.
 */
class EavTargetSpec extends Specification {

    static final String BIG = "PAYROLL.BATCH.BIG"

    /** 1,000 tracks: on the EAV's cylinder-managed space, a target of 4 × 315 = 1,260 tracks. */
    Installation s = eav()

    static Installation eav() {
        def s = new Installation(targetType: DeviceType.eav(262_668))
        s.dataSet("PAYROLL.ONLINE.MASTER", "SRC001", 300)
        s.dataSet(BIG, "SRC002", 1_000, 150)
        s.application("CICSPAY", "PAYROLL.ONLINE.**", 50)
        s
    }

    def "a data set that extends by #extensions secondaries while mirrored onto an EAV keeps every track, #when"() {
        given: "the target of PAYROLL.BATCH.BIG lies in cylinder-managed space, with room to spare"
        def m = s.engine.start(s.request(MigrationOptions.DEFAULT.withVerify(true).withReconcileWhileMirroring(mirroring)))
        s.whenPhase(m, Phase.COPY) {
            extensions.times {
                s.world.dataSets().extend(DataSetName.of(BIG))
            }
            s.load(DataSetName.of(BIG), 1_000, 150 * extensions)
        }
        def saved = s.contentsAtWindow(m, [BIG])

        when: "the migration runs to the end"
        s.runToEnd(m)
        def action = Installation.actions(m, EXTENTS_ADDED)*.action()

        then: "the extension is taken into the target's spare tracks, and new extents only past them"
        action.size() == 1 && action[0].contains(expected)

        and: "the target holds every track the source held at close, and every write reads back"
        m.report().verification().passed()
        s.targetDifferences(saved).empty
        s.problemsAfterSuccess(m).empty

        where:
        extensions | mirroring | expected
        1          | true      | "target had the room already"
        1          | false     | "target had the room already"
        2          | true      | "target extended on TGT001"
        3          | false     | "target extended on TGT001"
        when = mirroring ? "reconciled while mirroring" : "reconciled in the window"
    }
}
