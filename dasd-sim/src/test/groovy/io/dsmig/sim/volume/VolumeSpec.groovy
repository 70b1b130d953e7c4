package io.dsmig.sim.volume

import io.dsmig.sim.geometry.DeviceType
import io.dsmig.sim.name.DataSetName
import io.dsmig.sim.name.Volser
import io.dsmig.sim.space.ExtentLimitException
import io.dsmig.sim.space.NoSpaceException
import io.dsmig.sim.space.SpaceRequest
import java.time.LocalDate
import spock.lang.Specification

class VolumeSpec extends Specification {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 1)

    def volume = new Volume(Volser.of("VOL001"), DeviceType.D3390_3, VolumeOptions.DEFAULT)

    static NewEntry ps(String name, SpaceRequest space) {
        NewEntry.of(DataSetName.of(name), Dsorg.PS, DcbAttributes.FB80, space)
    }

    static ExtentBudget budget(int remaining = 16) {
        new ExtentBudget(remaining, "the 16-extent limit of a sequential data set on one volume")
    }

    def "a new volume holds its label and VTOC and nothing else"() {
        expect: "track 0 and a 14-track VTOC are allocated, the rest is free"
        volume.allocatedTracks() == 15
        volume.freeTracks() == 3_339 * 15 - 15
        volume.vtoc().location().firstTrack() == 1
        volume.vtoc().dscbCapacity() == 14 * 50
    }

    def "a data set is allocated in one extent when one free area holds it"() {
        when: "100 cylinders are allocated"
        def entry = volume.allocate(ps("PAYROLL.MASTER", SpaceRequest.cylinders(100, 10)), 1_500, budget(), TODAY)

        then: "one cylinder-aligned extent of 1,500 tracks, recorded in the VTOC"
        entry.extents().size() == 1
        entry.extents()[0].firstTrack() % 15 == 0
        entry.trackCount() == 1_500
        volume.vtoc().find(DataSetName.of("PAYROLL.MASTER")).get() == entry
    }

    def "a second data set of the same name on the same volume is refused"() {
        given:
        volume.allocate(ps("PAYROLL.MASTER", SpaceRequest.tracks(10, 1)), 10, budget(), TODAY)

        when:
        volume.allocate(ps("PAYROLL.MASTER", SpaceRequest.tracks(10, 1)), 10, budget(), TODAY)

        then: "the message names the volume and the data set"
        def e = thrown(DuplicateDataSetException)
        e.message == "VOL001: PAYROLL.MASTER already exists on this volume"
    }

    def "a request larger than the free space fails naming the volume, the data set and the figures"() {
        when:
        volume.allocate(ps("PAYROLL.HUGE", SpaceRequest.tracks(60_000, 0)), 60_000, budget(), TODAY)

        then:
        def e = thrown(NoSpaceException)
        e.message.startsWith("VOL001: no room for PAYROLL.HUGE (60,000 tracks requested, largest free area ")
    }

    def "when space is fragmented the extent limit is what refuses, and the message says so"() {
        given: "a volume full but for four separate 30-track holes"
        fragment(volume, 4, 30)

        when: "a data set with 14 of its 16 extents used asks for 100 tracks"
        volume.allocate(ps("PAYROLL.MASTER", SpaceRequest.tracks(100, 10)), 100, budget(2), TODAY)

        then: "it is an extent-limit failure, as z/OS would report it"
        def e = thrown(ExtentLimitException)
        e.message == "VOL001: no room for PAYROLL.MASTER (100 tracks requested, largest free area 30 tracks; " +
                "4 more extents would pass the 16-extent limit of a sequential data set on one volume)"
    }

    def "extension adds extents after the existing ones"() {
        given: "a data set of 10 tracks followed by another data set"
        def name = DataSetName.of("A.B")
        volume.allocate(ps("A.B", SpaceRequest.tracks(10, 5)), 10, budget(), TODAY)
        volume.allocate(ps("C.D", SpaceRequest.tracks(10, 5)), 10, budget(), TODAY)

        when: "it is extended by 5 tracks"
        def extended = volume.extend(name, 5, budget(15), TODAY)

        then: "it has two extents and 15 tracks"
        extended.extentCount() == 2
        extended.trackCount() == 15
        !extended.extents()[0].overlaps(extended.extents()[1])
    }

    def "release frees whole extents past the kept tracks and cuts the extent the end falls in"() {
        given: "a data set of three 10-track extents"
        def name = DataSetName.of("A.B")
        volume.allocate(ps("A.B", SpaceRequest.tracks(10, 10)), 10, budget(), TODAY)
        volume.allocate(ps("X.Y", SpaceRequest.tracks(1, 1)), 1, budget(), TODAY)
        volume.extend(name, 10, budget(15), TODAY)
        volume.allocate(ps("X.Z", SpaceRequest.tracks(1, 1)), 1, budget(), TODAY)
        volume.extend(name, 10, budget(14), TODAY)
        long free = volume.freeTracks()

        when: "all but 14 tracks are released"
        def released = volume.release(name, 14)

        then: "two extents remain, the second cut to 4 tracks, and 16 tracks came back"
        released.extents()*.trackCount() == [10, 4]
        volume.freeTracks() == free + 16
        volume.verify()
    }

    def "release of a cylinder data set keeps whole cylinders"() {
        given:
        def name = DataSetName.of("A.CYL")
        volume.allocate(ps("A.CYL", SpaceRequest.cylinders(10, 1)), 150, budget(), TODAY)

        when: "16 tracks are to be kept"
        def released = volume.release(name, 16)

        then: "two cylinders are kept"
        released.trackCount() == 30
    }

    def "scratch frees the space and removes the entry; rename keeps the space"() {
        given:
        def before = volume.freeTracks()
        volume.allocate(ps("A.B", SpaceRequest.tracks(40, 5)), 40, budget(), TODAY)

        when: "the data set is renamed"
        def renamed = volume.rename(DataSetName.of("A.B"), DataSetName.of("A.C"))

        then: "the same extents under the new name"
        renamed.trackCount() == 40
        !volume.vtoc().contains(DataSetName.of("A.B"))

        when: "it is scratched"
        volume.scratch(DataSetName.of("A.C"))

        then: "the space is free again"
        volume.freeTracks() == before
        volume.vtoc().size() == 0
    }

    def "a full VTOC refuses new data sets even with free space left"() {
        given: "a volume with a one-track VTOC (50 DSCBs, two taken by the Format-4 and Format-5)"
        def small = new Volume(Volser.of("SMALL1"), DeviceType.D3390_1, VolumeOptions.DEFAULT.withVtocTracks(1))
        48.times { small.allocate(ps("DS.N$it", SpaceRequest.tracks(1, 0)), 1, budget(), TODAY) }

        when:
        small.allocate(ps("DS.ONEMORE", SpaceRequest.tracks(1, 0)), 1, budget(), TODAY)

        then:
        def e = thrown(VtocFullException)
        e.message == "SMALL1: the VTOC is full (50 of 50 DSCBs in use) and has no room for DS.ONEMORE"
    }

    def "an indexed volume carries its VTOC index as a data set"() {
        when:
        def indexed = new Volume(Volser.of("IDX001"), DeviceType.D3390_9, VolumeOptions.DEFAULT.withIndexed(true))

        then:
        indexed.vtoc().contains(DataSetName.of("SYS1.VTOCIX.VIDX001"))
        indexed.isSystemDataSet(DataSetName.of("SYS1.VTOCIX.VIDX001"))
    }

    def "the volume map accounts for every track in address order"() {
        given:
        volume.allocate(ps("A.B", SpaceRequest.tracks(40, 5)), 40, budget(), TODAY)

        when:
        def map = volume.map()

        then: "label, VTOC, the data set, then free space"
        map*.kind() == [MapArea.Kind.LABEL, MapArea.Kind.VTOC, MapArea.Kind.DATA_SET, MapArea.Kind.FREE]
        map.sum { it.extent().trackCount() } == volume.trackCount()
    }

    def "on an EAV a large request goes to cylinder-managed space in 21-cylinder units"() {
        given:
        def eav = new Volume(Volser.of("EAV001"), DeviceType.eav(100_000), VolumeOptions.DEFAULT)

        when: "20 cylinders are asked for"
        def entry = eav.allocate(ps("BIG.DATA", SpaceRequest.cylinders(20, 5)), 300, budget(), TODAY)

        then: "they are rounded up to one 21-cylinder unit above cylinder 65,520"
        entry.trackCount() == 315
        entry.extents()[0].firstTrack() >= 65_520 * 15

        when: "a small request is made"
        def small = eav.allocate(ps("SMALL.DATA", SpaceRequest.tracks(3, 1)), 3, budget(), TODAY)

        then: "it stays in track-managed space, unrounded"
        small.trackCount() == 3
        small.extents()[0].firstTrack() < 65_520 * 15
    }

    /** Leaves only {@code holes} free areas of {@code size} tracks, kept apart by small data sets. */
    static void fragment(Volume v, int holes, int size) {
        holes.times { i ->
            v.allocate(ps("HOLE.H$i", SpaceRequest.tracks(size, 0)), size, budget(), TODAY)
            v.allocate(ps("KEEP.G$i", SpaceRequest.tracks(10, 0)), 10, budget(), TODAY)
        }
        int rest = (int) v.freeTracks()
        v.allocate(ps("KEEP.REST", SpaceRequest.tracks(rest, 0)), rest, budget(), TODAY)
        holes.times { i -> v.scratch(DataSetName.of("HOLE.H$i")) }
        assert v.freeAreas().size() == holes
    }
}
