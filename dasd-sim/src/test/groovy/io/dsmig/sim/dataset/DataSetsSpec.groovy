package io.dsmig.sim.dataset

import io.dsmig.sim.World
import io.dsmig.sim.catalog.CatalogConflictException
import io.dsmig.sim.geometry.DeviceType
import io.dsmig.sim.name.DataSetName
import io.dsmig.sim.name.Volser
import io.dsmig.sim.space.ExtentLimitException
import io.dsmig.sim.space.NoSpaceException
import io.dsmig.sim.space.SpaceRequest
import io.dsmig.sim.volume.DcbAttributes
import io.dsmig.sim.volume.Dsorg
import spock.lang.Specification

class DataSetsSpec extends Specification {

    def world = new World(1)
    def vol1 = Volser.of("VOL001")
    def vol2 = Volser.of("VOL002")

    def setup() {
        world.addVolume("VOL001", DeviceType.D3390_1)
        world.addVolume("VOL002", DeviceType.D3390_1)
    }

    DataSet allocate(String name, Dsorg dsorg, SpaceRequest space, List<Volser> vols) {
        world.dataSets().allocate(new NewDataSet(DataSetName.of(name), dsorg, DcbAttributes.FB80, space, vols))
    }

    def "an allocated data set is cataloged on its first volume with the others as candidates"() {
        when:
        def ds = allocate("PAYROLL.MASTER", Dsorg.PS, SpaceRequest.cylinders(10, 2), [vol1, vol2])

        then:
        ds.volumes() == [vol1]
        ds.catalogEntry().candidates() == [vol2]
        ds.trackCount() == 150
        world.catalogs().locate(DataSetName.of("PAYROLL.MASTER")).isPresent()
    }

    def "an uncataloged copy of the same name can live on another volume while the catalog points at the original"() {
        given:
        allocate("PAYROLL.MASTER", Dsorg.PS, SpaceRequest.tracks(30, 5), [vol1])

        when:
        def copy = world.dataSets().allocateUncataloged(NewDataSet.of("PAYROLL.MASTER", Dsorg.PS,
                SpaceRequest.tracks(30, 5), [vol2]))

        then:
        !copy.cataloged()
        world.dataSets().describe(DataSetName.of("PAYROLL.MASTER")).volumes() == [vol1]
        world.dataSets().describe(DataSetName.of("PAYROLL.MASTER"), [vol2]).trackCount() == 30
    }

    def "extension takes the secondary quantity on the same volume first"() {
        given:
        allocate("PAYROLL.MASTER", Dsorg.PS, SpaceRequest.tracks(30, 5), [vol1, vol2])
        allocate("PAYROLL.OTHER", Dsorg.PS, SpaceRequest.tracks(30, 5), [vol1])

        when:
        def ds = world.dataSets().extend(DataSetName.of("PAYROLL.MASTER"))

        then:
        ds.volumes() == [vol1]
        ds.extentCount() == 2
        ds.trackCount() == 35
    }

    def "when its volume is full a multi-volume data set extends onto its next candidate volume"() {
        given: "VOL001 with no room left after the data set"
        allocate("PAYROLL.MASTER", Dsorg.PS, SpaceRequest.tracks(30, 20), [vol1, vol2])
        int rest = (int) world.volume("VOL001").freeTracks()
        allocate("FILLER.VOL1", Dsorg.PS, SpaceRequest.tracks(rest, 0), [vol1])

        when:
        def ds = world.dataSets().extend(DataSetName.of("PAYROLL.MASTER"))

        then: "a second piece on VOL002, recorded in the catalog"
        ds.volumes() == [vol1, vol2]
        ds.pieces()[1].entry().volumeSequence() == 2
        ds.catalogEntry().volumes() == [vol1, vol2]
        ds.catalogEntry().candidates() == []
    }

    def "a single-volume data set that cannot extend fails with the volume's message"() {
        given:
        allocate("PAYROLL.PDS", Dsorg.PO, SpaceRequest.tracks(30, 20), [vol1])
        int rest = (int) world.volume("VOL001").freeTracks()
        allocate("FILLER.VOL1", Dsorg.PS, SpaceRequest.tracks(rest, 0), [vol1])

        when:
        world.dataSets().extend(DataSetName.of("PAYROLL.PDS"))

        then:
        def e = thrown(NoSpaceException)
        e.message.startsWith("VOL001: no room for PAYROLL.PDS (20 tracks requested, largest free area 0 tracks")
    }

    def "release keeps the used tracks and frees the rest, volumes after the end included"() {
        given: "a data set of 30 + 20 tracks on two volumes, 12 of them used"
        allocate("PAYROLL.MASTER", Dsorg.PS, SpaceRequest.tracks(30, 20), [vol1, vol2])
        def ds = world.dataSets().extendOnNewVolume(DataSetName.of("PAYROLL.MASTER"), vol2, 20)
        world.dataSets().setUsed(ds, 12, 78)

        when:
        def released = world.dataSets().release(DataSetName.of("PAYROLL.MASTER"))

        then:
        released.trackCount() == 12
        released.volumes() == [vol1]
        !world.volume("VOL002").vtoc().contains(DataSetName.of("PAYROLL.MASTER"))
    }

    def "delete uncatalogs and scratches every piece; rename moves VTOC entries and the catalog record"() {
        given:
        allocate("PAYROLL.MASTER", Dsorg.PS, SpaceRequest.tracks(30, 20), [vol1, vol2])
        world.dataSets().extendOnNewVolume(DataSetName.of("PAYROLL.MASTER"), vol2, 20)

        when:
        world.dataSets().rename(DataSetName.of("PAYROLL.MASTER"), DataSetName.of("PAYROLL.OLD"))

        then:
        world.dataSets().describe(DataSetName.of("PAYROLL.OLD")).volumes() == [vol1, vol2]
        world.dataSets().find(DataSetName.of("PAYROLL.MASTER")).isEmpty()

        when:
        world.dataSets().delete(DataSetName.of("PAYROLL.OLD"))

        then:
        world.dataSets().find(DataSetName.of("PAYROLL.OLD")).isEmpty()
        world.volume("VOL001").vtoc().size() == 0
        world.volume("VOL002").vtoc().size() == 0
        world.verify()
    }

    def "allocating a cataloged name again is refused before any space is taken"() {
        given:
        allocate("PAYROLL.MASTER", Dsorg.PS, SpaceRequest.tracks(30, 20), [vol1])
        long free = world.volume("VOL002").freeTracks()

        when:
        allocate("PAYROLL.MASTER", Dsorg.PS, SpaceRequest.tracks(30, 20), [vol2])

        then:
        thrown(CatalogConflictException)
        world.volume("VOL002").freeTracks() == free
    }

    def "relative tracks locate through the extents volume after volume"() {
        given:
        allocate("PAYROLL.MASTER", Dsorg.PS, SpaceRequest.tracks(10, 5), [vol1, vol2])
        allocate("PAYROLL.GAP", Dsorg.PS, SpaceRequest.tracks(3, 0), [vol1])
        world.dataSets().extend(DataSetName.of("PAYROLL.MASTER"))
        def ds = world.dataSets().extendOnNewVolume(DataSetName.of("PAYROLL.MASTER"), vol2, 5)

        expect:
        ds.trackCount() == 20
        ds.locate(0).volser() == vol1
        ds.locate(10).volumeTrack() == ds.extents()[1].extent().firstTrack()
        ds.locate(15).volser() == vol2
    }
}
