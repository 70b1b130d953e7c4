package io.dsmig.sim.space

import spock.lang.Specification

class FreeSpaceMapSpec extends Specification {

    def map = new FreeSpaceMap(1_000, 1_000, 315)

    def "a request that fits in one area takes the smallest area that holds it"() {
        given: "free areas of 100 tracks at 0, 50 at 300 and the rest after 500"
        map.take(new Extent(100, 200))
        map.take(new Extent(350, 150))

        when: "40 tracks are planned"
        def plan = map.plan(40, 1, false, 16, false)

        then: "the 50-track area is chosen"
        plan.succeeded()
        plan.extents() == [new Extent(300, 40)]
    }

    def "a request that no single area holds is met in up to five extents, largest areas first"() {
        given: "six free areas of 10 tracks each"
        map.take(new Extent(0, 1_000))
        (0..<6).each { map.give(new Extent(it * 100, 10)) }

        when: "45 tracks are planned"
        def plan = map.plan(45, 1, false, 16, false)

        then: "five areas are used"
        plan.extents().size() == 5
        plan.allocatedTracks() == 45

        when: "55 tracks are planned"
        def tooMuch = map.plan(55, 1, false, 16, false)

        then: "five extents are not enough and nothing is planned"
        !tooMuch.succeeded()
        tooMuch.extentsNeeded() == -1
        tooMuch.largestFreeTracks() == 10
    }

    def "a contiguous request must come in one area"() {
        given: "two free areas of 30 tracks"
        map.take(new Extent(0, 1_000))
        map.give(new Extent(0, 30))
        map.give(new Extent(100, 30))

        expect: "50 contiguous tracks cannot be had, 50 in pieces can"
        !map.plan(50, 1, true, 16, false).succeeded()
        map.plan(50, 1, false, 16, false).succeeded()
    }

    def "the extent budget can refuse a plan that free space would allow"() {
        given: "three free areas of 10 tracks"
        map.take(new Extent(0, 1_000))
        [0, 100, 200].each { map.give(new Extent(it, 10)) }

        when: "25 tracks are planned with room for only two more extents"
        def plan = map.plan(25, 1, false, 2, false)

        then: "the extent limit is what stands in the way"
        !plan.succeeded()
        plan.blockedByExtentLimit()
        plan.extentsNeeded() == 3
    }

    def "cylinder requests start on cylinder boundaries and are whole cylinders"() {
        given: "the first 7 tracks are taken"
        map.take(new Extent(0, 7))

        when: "two cylinders are planned"
        def plan = map.plan(30, 15, false, 16, false)

        then: "the extent starts at track 15"
        plan.extents() == [new Extent(15, 30)]
    }

    def "cylinder-managed space hands out whole 21-cylinder units"() {
        given: "a volume whose space from track 1,260 (four units) is cylinder-managed"
        def eav = new FreeSpaceMap(2_000, 1_260, 315)

        when: "10 tracks are planned preferring cylinder-managed space"
        def plan = eav.plan(10, 1, false, 16, true)

        then: "a whole multicylinder unit is planned at the boundary"
        plan.extents() == [new Extent(1_260, 315)]

        when: "10 tracks are planned preferring track-managed space"
        def small = eav.plan(10, 1, false, 16, false)

        then: "they come from track-managed space, unrounded"
        small.extents() == [new Extent(0, 10)]
    }

    def "freed space coalesces with its neighbours but not across the EAV boundary"() {
        given: "an EAV-like map with everything taken"
        def eav = new FreeSpaceMap(2_000, 1_260, 315)
        eav.take(new Extent(0, 1_260))
        eav.take(new Extent(1_260, 315))

        when: "both sides of the boundary are freed"
        eav.give(new Extent(1_200, 60))
        eav.give(new Extent(1_260, 315))

        then: "two areas remain, one each side"
        eav.areas() == [new Extent(1_200, 60), new Extent(1_260, 740)]
    }

    def "taking space that is not free, or freeing space that is, breaks an invariant"() {
        given:
        map.take(new Extent(0, 10))

        when:
        map.take(new Extent(5, 10))

        then:
        def e = thrown(io.dsmig.sim.InvariantViolation)
        e.invariant() == "allocate-only-free-space"

        when:
        map.give(new Extent(20, 5))

        then:
        thrown(io.dsmig.sim.InvariantViolation)
    }
}
