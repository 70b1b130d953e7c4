package io.dsmig.sim.dataset

import io.dsmig.sim.World
import io.dsmig.sim.geometry.DeviceType
import io.dsmig.sim.name.DataSetName
import io.dsmig.sim.name.Volser
import io.dsmig.sim.space.ExtentLimitException
import io.dsmig.sim.space.SpaceRequest
import io.dsmig.sim.volume.DcbAttributes
import io.dsmig.sim.volume.Dsorg
import io.dsmig.sim.vsam.VsamType
import spock.lang.Specification

class ExtentLimitSpec extends Specification {

    def world = new World(3)
    def vols = ["VOL001", "VOL002", "VOL003"].collect { Volser.of(it) }

    def setup() {
        vols.each { world.addVolume(it.value(), DeviceType.D3390_3) }
    }

    def "a #dsorg data set stops at #limit extents on one volume with the E37-style message"() {
        given: "a one-volume data set extended one track at a time"
        def name = DataSetName.of("LIMIT.TEST")
        world.dataSets().allocate(new NewDataSet(name, dsorg, DcbAttributes.FB80, SpaceRequest.tracks(1, 1), [vols[0]]))
        (limit - 1).times { world.dataSets().extend(name) }

        when: "one more extent is asked for"
        world.dataSets().extend(name)

        then: "the limit and the data set are named"
        def e = thrown(ExtentLimitException)
        e.message.contains("no room for LIMIT.TEST")
        e.message.contains("would pass the $limit-extent limit of a $words")
        world.dataSets().describe(name).extentCount() == limit

        where:
        dsorg      | limit | words
        Dsorg.PS   | 16    | "sequential data set on one volume"
        Dsorg.DA   | 16    | "direct data set on one volume"
        Dsorg.PO   | 16    | "partitioned data set (PDS)"
        Dsorg.PS_E | 123   | "extended-format sequential data set on one volume"
        Dsorg.PO_E | 123   | "PDSE"
    }

    def "a sequential data set with a candidate volume continues there after 16 extents"() {
        given:
        def name = DataSetName.of("LIMIT.MULTI")
        world.dataSets().allocate(new NewDataSet(name, Dsorg.PS, DcbAttributes.FB80, SpaceRequest.tracks(1, 1),
                [vols[0], vols[1]]))
        15.times { world.dataSets().extend(name) }

        when:
        def ds = world.dataSets().extend(name)

        then:
        ds.extentCount() == 17
        ds.volumes() == [vols[0], vols[1]]
    }

    def "a VSAM component has at most 123 extents per volume and 255 in all"() {
        given: "an ESDS whose data component may use three volumes"
        world.clusters().define(new NewCluster(DataSetName.of("VSAM.ESDS"), VsamType.ESDS, vols,
                SpaceRequest.tracks(1, 1), null, 4_096, false))
        def data = DataSetName.of("VSAM.ESDS.DATA")

        when: "it is extended 254 times"
        254.times { world.clusters().extendComponent(data) }
        def ds = world.dataSets().describe(data)

        then: "123 extents on the first volume, 123 on the second, 9 on the third"
        ds.extentCount() == 255
        ds.pieces()*.entry()*.extentCount() == [123, 123, 9]

        when: "one more is asked for"
        world.clusters().extendComponent(data)

        then:
        def e = thrown(ExtentLimitException)
        e.message.contains("the 255-extent limit of a VSAM component")
    }

    def "extent constraint removal lifts the 255-extent limit of a VSAM component"() {
        given:
        world.clusters().define(new NewCluster(DataSetName.of("VSAM.ECR"), VsamType.ESDS, vols,
                SpaceRequest.tracks(1, 1), null, 4_096, true))
        def data = DataSetName.of("VSAM.ECR.DATA")

        when:
        260.times { world.clusters().extendComponent(data) }

        then:
        world.dataSets().describe(data).extentCount() == 261
    }
}
