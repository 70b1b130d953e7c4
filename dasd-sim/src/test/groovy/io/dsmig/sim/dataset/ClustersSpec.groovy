package io.dsmig.sim.dataset

import io.dsmig.sim.World
import io.dsmig.sim.catalog.EntryType
import io.dsmig.sim.geometry.DeviceType
import io.dsmig.sim.name.DataSetName
import io.dsmig.sim.name.Volser
import io.dsmig.sim.space.SpaceRequest
import io.dsmig.sim.vsam.VsamStatistics
import io.dsmig.sim.vsam.VsamType
import spock.lang.Specification

class ClustersSpec extends Specification {

    def world = new World(5)
    def vol1 = Volser.of("VOL001")

    def setup() {
        world.addVolume("VOL001", DeviceType.D3390_3)
    }

    static DataSetName dsn(String s) { DataSetName.of(s) }

    def "a KSDS has a DATA and an INDEX component, each in the VTOC, the VVDS and the catalog"() {
        when:
        def sphere = world.clusters().define(NewCluster.of("PAYROLL.KSDS", VsamType.KSDS,
                SpaceRequest.cylinders(10, 1), [vol1]))

        then: "the catalog relates cluster and components"
        sphere.base().type() == EntryType.CLUSTER
        sphere.components()*.name() == [dsn("PAYROLL.KSDS.DATA"), dsn("PAYROLL.KSDS.INDEX")]

        and: "each component is a VSAM data set in the VTOC with a primary VVDS record"
        def volume = world.volume("VOL001")
        volume.vtoc().find(dsn("PAYROLL.KSDS.DATA")).get().dsorg().label() == "VS"
        volume.vvds().get().find(dsn("PAYROLL.KSDS.INDEX")).get().primary()
        volume.vtoc().contains(volume.vvdsName())
    }

    def "the high-allocated RBA follows the space, whole control intervals of the device"() {
        when: "10 cylinders of 4 KiB control intervals on a 3390 (12 per track)"
        world.clusters().define(NewCluster.of("PAYROLL.ESDS", VsamType.ESDS, SpaceRequest.cylinders(10, 1), [vol1]))

        then:
        world.clusters().primaryRecord(dsn("PAYROLL.ESDS.DATA")).highAllocatedRba() == 150L * 12 * 4_096
    }

    def "extension raises the high-allocated RBA and usage moves the high-used RBA and statistics"() {
        given:
        world.clusters().define(NewCluster.of("PAYROLL.ESDS", VsamType.ESDS, SpaceRequest.tracks(10, 5), [vol1]))
        def data = dsn("PAYROLL.ESDS.DATA")

        when:
        world.clusters().extendComponent(data)
        def stats = VsamStatistics.ZERO.plus(100, 5, 1, 2, 0)
        def record = world.clusters().recordUsage(data, 40_960, stats)

        then:
        record.highAllocatedRba() == 15L * 12 * 4_096
        record.highUsedRba() == 40_960
        record.statistics().recordsTotal() == 99
    }

    def "a sphere lists the base cluster, its components, alternate indexes and paths as a whole"() {
        given:
        world.clusters().define(NewCluster.of("PAYROLL.KSDS", VsamType.KSDS, SpaceRequest.cylinders(5, 1), [vol1]))
        world.clusters().defineAlternateIndex(NewAlternateIndex.of("PAYROLL.KSDS.AIX", "PAYROLL.KSDS", SpaceRequest.tracks(5, 1), [vol1]))
        world.clusters().definePath(dsn("PAYROLL.KSDS.PATH"), dsn("PAYROLL.KSDS.AIX"))

        when: "the sphere is asked for through one of its components"
        def sphere = world.clusters().sphere(dsn("PAYROLL.KSDS.AIX.DATA"))

        then:
        sphere.base().name() == dsn("PAYROLL.KSDS")
        sphere.names()*.value() as Set == ["PAYROLL.KSDS", "PAYROLL.KSDS.DATA", "PAYROLL.KSDS.INDEX",
                "PAYROLL.KSDS.AIX", "PAYROLL.KSDS.AIX.DATA", "PAYROLL.KSDS.AIX.INDEX", "PAYROLL.KSDS.PATH"] as Set
        sphere.components().size() == 4
        sphere.paths()*.name() == [dsn("PAYROLL.KSDS.PATH")]
    }

    def "deleting the base cluster deletes the whole sphere and frees its space"() {
        given:
        long free = world.volume("VOL001").freeTracks()
        world.clusters().define(NewCluster.of("PAYROLL.KSDS", VsamType.KSDS, SpaceRequest.cylinders(5, 1), [vol1]))
        world.clusters().defineAlternateIndex(NewAlternateIndex.of("PAYROLL.KSDS.AIX", "PAYROLL.KSDS", SpaceRequest.tracks(5, 1), [vol1]))

        when:
        world.clusters().delete(dsn("PAYROLL.KSDS"))

        then: "nothing but the VVDS remains"
        world.catalogs().matching(io.dsmig.sim.name.Mask.parse("PAYROLL.**")).isEmpty()
        world.volume("VOL001").vvds().get().size() == 0
        world.volume("VOL001").freeTracks() == free - 10
        world.verify()
    }
}
