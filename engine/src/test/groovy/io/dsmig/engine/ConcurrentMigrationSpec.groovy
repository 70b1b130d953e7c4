package io.dsmig.engine

import io.dsmig.sim.app.Workload
import io.dsmig.sim.dataset.NewDataSet
import io.dsmig.sim.geometry.DeviceType
import io.dsmig.sim.kernel.SimTime
import io.dsmig.sim.name.Volser
import io.dsmig.sim.space.SpaceRequest
import io.dsmig.sim.volume.Dsorg
import spock.lang.Specification

/**
 * Two migrations onto the same target volume, started in the same instant. Found in the field: the
 * second aborted at allocation with "no longer wholly free" although TGT001 had room for both — both
 * had planned on the same free space. Each must plan around what the other has planned or allocated.
 */
class ConcurrentMigrationSpec extends Specification {

    Installation s = new Installation(sourceType: DeviceType.D3390_9)

    MigrationRequest accounts(MigrationOptions options = MigrationOptions.DEFAULT.withVerify(true)) {
        MigrationRequest.of("ACCTMIG", Selection.masks("ACCTS.**"), s.targets).withOptions(options)
    }

    def "two migrations started together onto one target both complete when it has room for both"() {
        given: "PAYROLL on SRC001 and ACCTS on SRC002, 2,300 tracks in all for TGT001 with 50,000 free, and CICSPAY writing"
        s.dataSet("PAYROLL.ONLINE.MASTER", "SRC001", 900)
        s.cluster("PAYROLL.ONLINE.KSDS", "SRC001", 300)
        s.dataSet("ACCTS.LEDGER", "SRC002", 600)
        s.cluster("ACCTS.KSDS", "SRC002", 150)
        s.application("CICSPAY", "PAYROLL.ONLINE.**", 50)

        when: "both migrations are started in the same instant and run to the end"
        def payroll = s.engine.start(s.request())
        def accts = s.engine.start(accounts())
        s.runToEnd(payroll)
        s.runToEnd(accts)

        then: "both completed, verified, with nothing left behind"
        s.problemsAfterSuccess(payroll).empty
        s.problemsAfterSuccess(accts).empty

        and: "every data set of both is on TGT001"
        ["PAYROLL.ONLINE.MASTER", "PAYROLL.ONLINE.KSDS.DATA", "ACCTS.LEDGER", "ACCTS.KSDS.DATA"].every { s.onTargets(it) }
    }

    def "a second migration that would not fit beside the first is refused, naming the target and the figures"() {
        given: "PAYROLL needs 30,000 tracks and ACCTS 25,000, for TGT001 with 50,070 free"
        s.dataSet("PAYROLL.BATCH.HISTORY", "SRC001", 30_000)
        s.dataSet("ACCTS.BATCH.HISTORY", "SRC002", 25_000)
        def free = s.world.volume("TGT001").freeTracks()

        when: "PAYMIG is started, then at once ACCTMIG"
        def payroll = s.engine.start(s.request())
        s.engine.start(accounts())

        then: "ACCTMIG is refused: the problem names the data set, TGT001, what is free there and what PAYMIG planned"
        def refused = thrown(MigrationRefusedException)
        refused.problems().size() == 1
        refused.problems()[0].startsWith("no room on the targets for ACCTS.BATCH.HISTORY (25,000 tracks)")
        refused.problems()[0].contains(String.format(Locale.ROOT, "%,d tracks are free in all on TGT001", free - 30_000))
        refused.problems()[0].contains("30,000 tracks planned there by migration PAYMIG, not yet allocated")

        when: "PAYMIG runs to the end"
        s.runToEnd(payroll)

        then: "it completed as if ACCTMIG had never been asked for"
        s.problemsAfterSuccess(payroll).empty
    }

    def "a job that allocates where a target was planned, before the migration allocates, is worked around"() {
        given: "PAYROLL.ONLINE.MASTER of 900 tracks, planned at the start of TGT001"
        s.dataSet("PAYROLL.ONLINE.MASTER", "SRC001", 900)
        def m = s.engine.start(s.request())

        when: "a job allocates 1,000 tracks on TGT001 in the same instant, and the migration runs"
        s.world.dataSets().allocate(NewDataSet.of("OTHER.SQUATTER", Dsorg.PS, SpaceRequest.tracks(1_000, 0),
                [Volser.of("TGT001")]))
        s.runToEnd(m)

        then: "the migration placed its target elsewhere on TGT001 and completed"
        s.problemsAfterSuccess(m).empty
        s.onTargets("PAYROLL.ONLINE.MASTER")
    }

    def "a job that takes the room planned for a target makes the migration abort at allocation, with the figures"() {
        given: "PAYROLL.BATCH.HISTORY of 30,000 tracks, planned on TGT001, and the target VTOC as it was"
        s.dataSet("PAYROLL.BATCH.HISTORY", "SRC001", 30_000)
        def m = s.engine.start(s.request())

        when: "a job allocates 40,000 tracks on TGT001 in the same instant, and the migration runs"
        s.world.dataSets().allocate(NewDataSet.of("OTHER.SQUATTER", Dsorg.PS, SpaceRequest.tracks(40_000, 0),
                [Volser.of("TGT001")]))
        def before = s.before()
        s.runToEnd(m)
        def free = s.world.volume("TGT001").freeTracks()

        then: "it aborted at allocation, naming the data set, the target and what is free there"
        m.failure().startsWith("allocating targets failed: the targets no longer have the room planned at the start: "
                + "no room on the targets for PAYROLL.BATCH.HISTORY (30,000 tracks)")
        m.failure().contains(String.format(Locale.ROOT, "%,d tracks are free in all on TGT001", free))

        and: "nothing was left behind"
        s.problemsAfterAbort(m, before).empty
    }

    def "a migration reconciling while mirroring leaves alone the space an offline migration waiting for close has planned"() {
        given: "ACCTMIG, offline, has planned 30,000 tracks of TGT001 and waits two minutes for ACCTAPP to close"
        s.dataSet("ACCTS.BATCH.HISTORY", "SRC002", 30_000)
        s.application("ACCTAPP", "ACCTS.**", 10, "SYSA", Workload.DEFAULT.withCloseLatency(SimTime.seconds(120)))
        def accts = s.engine.start(accounts(MigrationOptions.DEFAULT.withVerify(true).withOffline(true)))

        and: "PAYMIG mirrors 10,000 tracks to TGT001, and a job creates PAYROLL.BATCH.NEW1 of 15,000 tracks as it resyncs"
        s.dataSet("PAYROLL.BATCH.HISTORY", "SRC001", 10_000)
        def payroll = s.engine.start(s.request())
        s.whenPhase(payroll, Phase.RESYNC) { s.allocateAndLoad("PAYROLL.BATCH.NEW1", "SRC001", 15_000) }

        when: "both run to the end"
        s.runToEnd(payroll)
        s.runToEnd(accts)
        def added = Installation.actions(payroll, ChangeKind.ADDED)

        then: "PAYMIG left the new data set on its source, saying ACCTMIG's planned space is why"
        added.size() == 1 && added[0].action().startsWith("not migrated, it stays on the source: no room on the targets "
                + "for PAYROLL.BATCH.NEW1 (15,000 tracks)")
        added[0].action().contains("30,000 tracks planned there by migration ACCTMIG, not yet allocated")

        and: "both completed, verified, with nothing left behind"
        s.problemsAfterSuccess(payroll).empty
        s.problemsAfterSuccess(accts).empty
    }
}
