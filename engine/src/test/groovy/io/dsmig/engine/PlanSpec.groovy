package io.dsmig.engine

import io.dsmig.sim.dataset.NewDataSet
import io.dsmig.sim.geometry.DeviceFamily
import io.dsmig.sim.geometry.DeviceType
import io.dsmig.sim.io.DeviceTiming
import io.dsmig.sim.io.TimingModel
import io.dsmig.sim.name.DataSetName
import io.dsmig.sim.name.Mask
import io.dsmig.sim.name.Volser
import io.dsmig.sim.space.SpaceRequest
import io.dsmig.sim.volume.DcbAttributes
import io.dsmig.sim.volume.Dsorg
import spock.lang.Specification

/**
 * A dry run (MigrationEngine.plan) before the real thing: it shows where every target would go and
 * what would stop the migration, and changes nothing. What it reports as a problem, start refuses.
 */
class PlanSpec extends Specification {

    Installation s = new Installation(targetCount: 2)

    def setup() {
        s.dataSet("PAYROLL.ONLINE.MASTER", "SRC001", 900)
        s.multiExtent("PAYROLL.BATCH.HISTORY", "SRC002", 150, 75, 3)
        s.cluster("PAYROLL.ONLINE.KSDS", "SRC003", 300)
        s.application("CICSPAY", "PAYROLL.ONLINE.**", 50)
    }

    /** Everything a plan must leave alone: free space, every VTOC entry and its extents, every catalog entry. */
    Map state() {
        def volumes = s.world.volumes().all()
        [free   : volumes.collectEntries { [it.volser(), it.freeTracks()] },
         vtoc   : volumes.collectEntries { v -> [v.volser(), v.vtoc().entries().collect { "${it.name()} ${it.extents()}" }] },
         catalog: s.catalogCells("**"),
         vvds   : volumes.collectEntries { [it.volser(), it.vvds().map { it.size() }.orElse(-1)] }]
    }

    def "a plan changes nothing and shows where each data set would go, exactly where the migration then puts it"() {
        given: "the installation as it is"
        def before = state()

        when: "the storage administrator asks for a plan"
        def plan = s.engine.plan(s.request())
        def after = state()

        then: "nothing changed: free space, VTOCs, VVDSs and catalog"
        after == before

        and: "the plan is feasible, places every data set of the selection on the targets, and adds up"
        plan.feasible() && plan.dataSets()*.name()*.value() == ["PAYROLL.BATCH.HISTORY", "PAYROLL.ONLINE.KSDS.DATA",
                "PAYROLL.ONLINE.KSDS.INDEX", "PAYROLL.ONLINE.MASTER"]
        plan.dataSets().every { it.placed() && s.targets.containsAll(it.targetVolumes()) }
        plan.targetTracksUsed().values().sum() == plan.tracks() && plan.tracks() == 900 + 375 + 300 + 15

        when: "the migration is started and has allocated its targets"
        def m = s.engine.start(s.request())
        s.runTo(m, Phase.COPY)

        then: "each target lies exactly where the plan said"
        plan.dataSets().every { p ->
            p.targetExtents() == p.targetVolumes().collectMany { v ->
                s.world.volume(v.value()).vtoc().find(p.name()).get().extents().collect { new io.dsmig.sim.dataset.VolumeExtent(v, it) }
            }
        }
    }

    def "a target too small is reported as a shortfall naming the data set that does not fit, and the start is refused"() {
        given: "one more data set, of 16,000 tracks, for two 3390-3 targets that already hold 44,000 tracks each"
        s.world.addVolume("SRC004", DeviceType.D3390_9)
        s.dataSet("PAYROLL.BATCH.HUGE", "SRC004", 16_000)
        s.targets.each { t -> s.world.dataSets().allocate(NewDataSet.of("OTHER.FILL.${t}", Dsorg.PS,
                SpaceRequest.tracks(44_000, 0), [t])) }
        def before = state()

        when: "a plan is made"
        def plan = s.engine.plan(s.request())

        then: "it is not feasible; the problem names the data set and the figures, and the data set has no placement"
        !plan.feasible()
        plan.problems().size() == 1 && plan.problems()[0].startsWith("no room on the targets for PAYROLL.BATCH.HUGE (16,000 tracks)")
        !plan.dataSets().find { it.name().value() == "PAYROLL.BATCH.HUGE" }.placed()

        when: "the migration is started anyway"
        s.engine.start(s.request())

        then: "it is refused with the same problem, and nothing changed"
        def refused = thrown(MigrationRefusedException)
        refused.problems() == plan.problems() && state() == before
    }

    def "when several data sets do not fit, the whole shortfall comes first, then each data set"() {
        given: "two 3390-3 targets that already hold 49,800 tracks each, so about 300 tracks are free on either"
        s.targets.each { t -> s.world.dataSets().allocate(NewDataSet.of("OTHER.FILL.${t}", Dsorg.PS,
                SpaceRequest.tracks(49_800, 0), [t])) }
        long free = s.targets.sum { s.world.volume(it.value()).freeTracks() }

        when: "a plan is made for the 1,590 tracks of the selection"
        def plan = s.engine.plan(s.request())

        then: "the first problem counts what cannot be placed and says by how much the targets are short"
        !plan.feasible()
        def unplaced = plan.dataSets().findAll { !it.placed() }
        int vvds = 2 * io.dsmig.sim.volume.Volume.VVDS_TRACKS // the KSDS needs a VVDS on each target
        plan.problems()[0] == String.format(Locale.ROOT, "%,d of 4 data sets (%,d tracks) cannot be placed on the "
                + "targets: the selection needs 1,590 tracks (and %,d for new VVDSs) and the targets have %,d free: "
                + "short by %,d tracks", unplaced.size(), unplaced.sum { it.tracks() }, vvds, free, 1_590 + vvds - free)

        and: "then each data set that does not fit, by name"
        plan.problems().size() == unplaced.size() + 1
        unplaced.every { d -> plan.problems().any { it.startsWith("no room on the targets for " + d.name()) } }
    }

    def "an exclude that cuts a VSAM sphere is refused, naming the sphere and the member excluded"() {
        given: "a selection that excludes the KSDS's index"
        def selection = new Selection.ByMasks([Mask.parse("PAYROLL.**")], [Mask.parse("PAYROLL.ONLINE.KSDS.INDEX")], [])

        when: "a plan is made"
        def plan = s.engine.plan(s.request(MigrationOptions.DEFAULT, selection))

        then: "the problem names the sphere and the excluded member"
        plan.problems() == ["the VSAM sphere of PAYROLL.ONLINE.KSDS is incomplete: PAYROLL.ONLINE.KSDS.INDEX is "
                + "excluded; exclude the whole sphere or none of it"]

        when: "the migration is started anyway"
        s.engine.start(s.request(MigrationOptions.DEFAULT, selection))

        then: "it is refused for the same reason"
        def refused = thrown(MigrationRefusedException)
        refused.problems() == plan.problems()
    }

    def "a data set partly outside the source volumes named is refused, naming it and the volume"() {
        given: "a data set on SRC001 that continues on SRC002, and a selection of SRC001's data sets"
        def name = DataSetName.of("PAYROLL.BATCH.SPLIT")
        s.world.dataSets().allocate(new NewDataSet(name, Dsorg.PS, DcbAttributes.FB80, SpaceRequest.tracks(60, 30),
                [Volser.of("SRC001"), Volser.of("SRC002")]))
        s.world.dataSets().extendOnNewVolume(name, Volser.of("SRC002"), 30)
        def selection = Selection.volumes([Volser.of("SRC001")])

        when: "a plan is made"
        def plan = s.engine.plan(s.request(MigrationOptions.DEFAULT, selection))

        then: "the problem names the data set and the volume outside the selection"
        plan.problems() == ["PAYROLL.BATCH.SPLIT also has space on SRC002, which is not a source volume; add SRC002 to "
                + "the source volumes or exclude the data set"]

        when: "the migration is started anyway"
        s.engine.start(s.request(MigrationOptions.DEFAULT, selection))

        then: "it is refused for the same reason"
        def refused = thrown(MigrationRefusedException)
        refused.problems() == plan.problems()
    }

    def "a target of another track geometry is refused, naming both devices: #sourceType.family().label() data on a #targetType.family().label()"() {
        given: "the data sets on #sourceType.label() volumes and a #targetType.label() target"
        def s = new Installation(sourceType: sourceType, targetType: targetType)
        s.dataSet("PAYROLL.ONLINE.MASTER", "SRC001", 300)
        def before = s.before()

        when:
        def plan = s.engine.plan(s.request())
        s.engine.start(s.request())

        then: "the plan and the start say why, and nothing was allocated"
        def refused = thrown(MigrationRefusedException)
        def problem = "target TGT001 is a ${targetType.family().label()} (${String.format('%,d', targetType.family().bytesPerTrack())} bytes a track) and source SRC001 a ${sourceType.family().label()}"
        plan.problems().any { it.startsWith(problem) }
        refused.problems().any { it.startsWith(problem) && it.endsWith("the targets must be ${sourceType.family().label()} volumes like the sources") }
        s.targetVtoc() == before.targetVtoc && s.catalogCells() == before.cells

        where:
        sourceType         | targetType
        DeviceType.D3390_1 | DeviceType.D3380_K
        DeviceType.D3380_K | DeviceType.D3390_9
    }

    def "a target volume that already holds a data set of the same name is avoided"() {
        given: "TGT001, the target with the most free space, holds an uncataloged PAYROLL.ONLINE.MASTER left over by an earlier copy"
        s.world.dataSets().allocate(NewDataSet.of("OTHER.FILL", Dsorg.PS, SpaceRequest.tracks(3_000, 0), [Volser.of("TGT002")]))
        s.world.dataSets().allocateUncataloged(NewDataSet.of("PAYROLL.ONLINE.MASTER", Dsorg.PS,
                SpaceRequest.tracks(15, 0), [Volser.of("TGT001")]))

        when: "a plan is made, and the migration run"
        def plan = s.engine.plan(s.request())
        def m = s.runToEnd(s.engine.start(s.request()))

        then: "the plan places the data set on TGT002, and the migration completes with it there"
        plan.feasible()
        plan.dataSets().find { it.name().value() == "PAYROLL.ONLINE.MASTER" }.targetVolumes() == [Volser.of("TGT002")]
        m.succeeded() && s.world.catalogs().locate(DataSetName.of("PAYROLL.ONLINE.MASTER")).get().volumes() == [Volser.of("TGT002")]

        and: "the leftover on TGT001 is untouched"
        s.world.volume("TGT001").vtoc().find(DataSetName.of("PAYROLL.ONLINE.MASTER")).get().trackCount() == 15
    }

    def "when every target volume holds a data set of the same name the plan says so, and the start is refused"() {
        given: "both targets hold an uncataloged PAYROLL.ONLINE.MASTER"
        s.targets.each { s.world.dataSets().allocateUncataloged(NewDataSet.of("PAYROLL.ONLINE.MASTER", Dsorg.PS,
                SpaceRequest.tracks(15, 0), [it])) }
        def before = state()

        when: "a plan is made"
        def plan = s.engine.plan(s.request())

        then: "its problem names the data set and the volumes"
        plan.problems() == ["a data set named PAYROLL.ONLINE.MASTER already exists on [TGT001, TGT002], so its target "
                + "cannot go there; scratch or rename it there, or name another target volume"]

        when: "the migration is started anyway"
        s.engine.start(s.request())

        then: "it is refused for the same reason, and nothing changed"
        def refused = thrown(MigrationRefusedException)
        refused.problems() == plan.problems() && state() == before
    }

    def "naming source volumes narrows a selection by masks to the data sets with space on them"() {
        given: "the masks match data sets on SRC001, SRC002 and SRC003; only SRC001 and SRC002 are named"
        def selection = new Selection.ByMasks([Mask.parse("PAYROLL.**")], [], [Volser.of("SRC001"), Volser.of("SRC002")])

        when: "a plan is made"
        def plan = s.engine.plan(s.request(MigrationOptions.DEFAULT, selection))

        then: "the cluster wholly on SRC003 is left out, with a warning that counts it"
        plan.feasible()
        plan.dataSets()*.name()*.value() == ["PAYROLL.BATCH.HISTORY", "PAYROLL.ONLINE.MASTER"]
        plan.warnings().contains("PAYROLL.ONLINE.KSDS matches the masks but lies wholly on volumes other than "
                + "SRC001, SRC002; not selected")
    }

    def "the copy estimate follows the device and channel timing the copy runs on: #timing"() {
        given: "the installation's timing model"
        s.world.setTiming(model)

        when: "a plan is made, and the migration then run"
        def plan = s.engine.plan(s.request())
        def m = s.runToEnd(s.engine.start(s.request()))
        def copied = m.report().copyEndedNanos() - m.report().copyStartedNanos()

        then: "the migration completed"
        m.succeeded()

        and: "the plan's estimate is within 15% of the bulk copy's real duration"
        Math.abs(plan.estimatedCopyNanos() - copied) <= 0.15 * copied

        where:
        timing                                | model
        "the defaults"                        | TimingModel.DEFAULT
        "3390 writes of 6 ms a track"         | TimingModel.DEFAULT.withDevice(DeviceFamily.D3390, new DeviceTiming(1_000_000, 6_000_000))
        "3390 reads of 4 ms a track"          | TimingModel.DEFAULT.withDevice(DeviceFamily.D3390, new DeviceTiming(4_000_000, 1_200_000))
        "a channel of 20 MB/s"                | TimingModel.DEFAULT.withChannelBytesPerSecond(20_000_000)
        "four I/Os at once on every volume"   | TimingModel.DEFAULT.withServersPerVolume(4)
        "two I/Os at once, eight on TGT001"   | TimingModel.DEFAULT.withServersPerVolume(2).withServers(Volser.of("TGT001"), 8)
    }
}
