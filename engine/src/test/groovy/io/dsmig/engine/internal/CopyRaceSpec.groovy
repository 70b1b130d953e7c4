package io.dsmig.engine.internal

import io.dsmig.engine.EngineTiming
import io.dsmig.engine.Inspect
import io.dsmig.engine.MigrationOptions
import io.dsmig.engine.MigrationRequest
import io.dsmig.engine.Selection
import io.dsmig.sim.World
import io.dsmig.sim.dataset.NewDataSet
import io.dsmig.sim.geometry.DeviceType
import io.dsmig.sim.io.IoKind
import io.dsmig.sim.io.IoMonitor
import io.dsmig.sim.io.IoRequest
import io.dsmig.sim.io.IoView
import io.dsmig.sim.kernel.SimTime
import io.dsmig.sim.name.DataSetName
import io.dsmig.sim.name.Volser
import io.dsmig.sim.services.SimulatedServices
import io.dsmig.sim.space.SpaceRequest
import io.dsmig.sim.track.TrackContent
import io.dsmig.sim.volume.DcbAttributes
import io.dsmig.sim.volume.Dsorg
import spock.lang.Specification

import java.util.function.BooleanSupplier

/**
 * The copy race rule (DESIGN §4 item 9): the copier clears a track's changed flag before it reads the
 * source track, never after. Here an update to a track is issued just after the bulk copy's read of
 * that track has been issued; the device serializes the two, so the update lands after the read has
 * captured the old contents. With the rule the monitor's flag survives and a resync copies the update;
 * with the opposite order (Session's clearAfterRead, for this test only) the read's completion wipes
 * the flag and the update never reaches the target.
 */
class CopyRaceSpec extends Specification {

    static final DataSetName NAME = DataSetName.of("PAYROLL.RACE.DATA")
    static final int RACED_TRACK = 5

    World world = new World(3)
    IoRequest copyRead
    IoRequest update
    int racedVolumeTrack
    TrackContent updated = TrackContent.pattern(424_242, 2, 0, 27_920)

    def setup() {
        world.addImage("SYSA")
        world.addVolume("SRC001", DeviceType.D3390_1)
        world.addVolume("TGT001", DeviceType.D3390_3)
        def ds = world.dataSets().allocate(new NewDataSet(NAME, Dsorg.PS, DcbAttributes.FB80, SpaceRequest.tracks(30, 15),
                [Volser.of("SRC001")]))
        ds.extents().each { world.volume("SRC001").tracks().fill(it.extent(), 7, 0, 2, 0, 27_920) }
        world.dataSets().setUsed(ds, 30, 2)
    }

    /** A batch job that rewrites the raced track right after the copy's first read of it has been issued. */
    void updateRightAfterTheCopyReads() {
        racedVolumeTrack = world.dataSets().describe(NAME).locate(RACED_TRACK).volumeTrack()
        world.image("SYSA").ioPath().install({ IoView io ->
            if (copyRead == null && io.kind() == IoKind.READ && io.covers(racedVolumeTrack)) {
                copyRead = io as IoRequest
                world.kernel().post(0) {
                    update = IoRequest.write(Volser.of("SRC001"), racedVolumeTrack, updated, {})
                    world.image("SYSA").ioPath().submit(update)
                }
            }
        } as IoMonitor)
    }

    def "an update issued while the copy reads its track is #outcome when the changed flag is cleared #order"() {
        given: "the update is engineered to race the bulk copy's read of track 5"
        updateRightAfterTheCopyReads()
        def sessions = new Sessions(new SimulatedServices(world), EngineTiming.DEFAULT)
        def request = MigrationRequest.of("RACE", Selection.masks("PAYROLL.**"), [Volser.of("TGT001")])
                .withOptions(MigrationOptions.DEFAULT.withVerify(true).withCopyDepth(1))

        when: "the migration runs to the end"
        def m = sessions.start(request, clearAfterRead)
        world.kernel().runUntil({ m.finished() } as BooleanSupplier, SimTime.seconds(3600))
        def target = Inspect.contents(world, NAME)

        then: "the update was issued after the copy's read and completed after it: the read captured the old track"
        update.issuedNanos() >= copyRead.issuedNanos() && update.completedNanos() > copyRead.completedNanos()
        !copyRead.content(racedVolumeTrack - copyRead.firstTrack()).contentEquals(updated)

        and: "the migration switched to the target either way"
        m.succeeded()

        and: "the target's track 5 holds the update only when the flag was cleared before the read"
        target[RACED_TRACK].contentEquals(updated) == !clearAfterRead
        m.report().verification().passed() == !clearAfterRead

        where:
        clearAfterRead | order                               || outcome
        false          | "before the read (the rule)"        || "copied by a resync"
        true           | "after the read (the wrong order)"  || "lost"
    }
}
