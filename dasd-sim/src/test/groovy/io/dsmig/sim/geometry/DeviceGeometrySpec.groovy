package io.dsmig.sim.geometry

import spock.lang.Specification

class DeviceGeometrySpec extends Specification {

    def "each standard model has the cylinders and track size of its family"() {
        expect: "the documented sizes"
        type.cylinders() == cylinders
        type.bytesPerTrack() == bytesPerTrack
        type.trackCount() == cylinders * 15

        where:
        type                 | cylinders | bytesPerTrack
        DeviceType.D3380_J   | 885       | 47_476
        DeviceType.D3380_E   | 1_770     | 47_476
        DeviceType.D3380_K   | 2_655     | 47_476
        DeviceType.D3390_1   | 1_113     | 56_664
        DeviceType.D3390_2   | 2_226     | 56_664
        DeviceType.D3390_3   | 3_339     | 56_664
        DeviceType.D3390_9   | 10_017    | 56_664
        DeviceType.D3390_27  | 32_760    | 56_664
        DeviceType.D3390_54  | 65_520    | 56_664
    }

    def "device types parse as an administrator writes them"() {
        expect:
        DeviceType.parse(text) == expected

        where:
        text            | expected
        "3390-3"        | DeviceType.D3390_3
        "3390-54"       | DeviceType.D3390_54
        " 3380-k "      | DeviceType.D3380_K
        "3390-A:262668" | DeviceType.eav(262_668)
    }

    def "an unknown device type is rejected with the list of known ones"() {
        when: "a typo is parsed"
        DeviceType.parse("3390-4")

        then: "the message names the text and the known types"
        def e = thrown(IllegalArgumentException)
        e.message.contains("'3390-4' is not a known device type")
        e.message.contains("3390-54")
    }

    def "an EAV is cylinder-managed from cylinder 65,520 and is limited to 1,182,006 cylinders"() {
        given: "a large 3390-A"
        def eav = DeviceType.eav(262_668)

        expect: "space above the boundary is cylinder-managed"
        eav.hasCylinderManagedSpace()
        eav.cylinderManagedFirstTrack() == 65_520 * 15
        !DeviceType.D3390_54.hasCylinderManagedSpace()
        DeviceType.multicylinderUnitTracks() == 21 * 15

        when: "a bigger one than the architecture allows is asked for"
        DeviceType.eav(1_182_007)

        then:
        thrown(IllegalArgumentException)
    }

    def "relative tracks and CCHH addresses convert both ways"() {
        expect:
        Cchh.ofRelativeTrack(track) == new Cchh(cylinder, head)
        new Cchh(cylinder, head).relativeTrack() == track

        where:
        track      | cylinder | head
        0          | 0        | 0
        14         | 0        | 14
        15         | 1        | 0
        8_684      | 578      | 14
        17_729_999 | 1_181_999 | 14
    }

    def "a head outside 0..14 is not an address"() {
        when:
        new Cchh(5, 15)

        then:
        thrown(IllegalArgumentException)
    }

    def "records per track follow the device's cell arithmetic"() {
        expect:
        family.recordsPerTrack(keyLength, dataLength) == perTrack

        where:
        family              | keyLength | dataLength | perTrack
        DeviceFamily.D3390  | 0         | 56_664     | 1
        DeviceFamily.D3390  | 0         | 27_998     | 2
        DeviceFamily.D3390  | 0         | 27_999     | 1
        DeviceFamily.D3390  | 0         | 18_452     | 3
        DeviceFamily.D3390  | 0         | 4_096      | 12
        DeviceFamily.D3390  | 0         | 80         | 78
        DeviceFamily.D3390  | 8         | 4_000      | 11
        DeviceFamily.D3380  | 0         | 47_476     | 1
        DeviceFamily.D3380  | 0         | 23_476     | 2
        DeviceFamily.D3380  | 0         | 80         | 83
    }

    def "a record larger than a track does not fit"() {
        when:
        DeviceFamily.D3390.recordsPerTrack(0, 56_665)

        then:
        def e = thrown(IllegalArgumentException)
        e.message.contains("does not fit on a 3390 track")
    }

    def "blocks convert to tracks by the blocks one track holds"() {
        expect: "half-track blocks take one track per two blocks, rounded up"
        DeviceType.D3390_3.tracksForBlocks(501, 27_998, 0) == 251
        DeviceType.D3390_3.tracksForBlocks(120, 4_096, 0) == 10
        DeviceType.D3380_K.tracksForBlocks(3, 23_476, 0) == 2
    }
}
