package io.dsmig.sim.estate

import io.dsmig.sim.World
import io.dsmig.sim.catalog.EntryType
import io.dsmig.sim.geometry.DeviceType
import io.dsmig.sim.name.Mask
import io.dsmig.sim.name.Volser
import spock.lang.Specification

class EstateGeneratorSpec extends Specification {

    static World worldWith(int volumes) {
        def world = new World(1)
        Volser.range(Volser.of("VOL001"), Volser.of(String.format("VOL%03d", volumes))).each {
            world.addVolume(it.value(), DeviceType.D3390_3)
        }
        world
    }

    static EstatePlan spec(World world, int count, double fill, long seed) {
        EstatePlan.of(world.volumes().volsers(), count, [Mask.parse("PAYROLL.**"), Mask.parse("HR.*.DATA")], fill, seed)
    }

    def "an estate reaches its target fill with the data sets asked for, all cataloged"() {
        given:
        def world = worldWith(8)

        when:
        def estate = EstateGenerator.generate(world, spec(world, 400, 60, 7))

        then: "the fill is within two points of the target and the world is consistent"
        estate.fillPercent() > 58 && estate.fillPercent() < 61
        estate.size() == 400
        estate.dataSets().every { world.dataSets().find(it).isPresent() }
        world.verify()
    }

    def "the estate has multi-extent, multi-volume and VSAM data sets, and aliases for its qualifiers"() {
        given:
        def world = worldWith(8)

        when:
        def estate = EstateGenerator.generate(world, spec(world, 400, 60, 7))
        def described = estate.dataSets().collect { world.dataSets().describe(it) }

        then:
        described.count { it.extentCount() > 1 } > 20
        described.count { it.volumes().size() > 1 } > 3
        estate.clusters().size() > 10
        world.catalogs().aliases().keySet() == ["HR", "PAYROLL"] as Set
    }

    def "data sets hold synthetic records up to their end-of-file pointer"() {
        given:
        def world = worldWith(4)
        def estate = EstateGenerator.generate(world, spec(world, 100, 50, 3))
        def ds = world.dataSets().describe(estate.dataSets()[0])

        when:
        def firstTrack = ds.locate(0)
        def content = world.volumes().get(firstTrack.volser()).tracks().read(firstTrack.volumeTrack())

        then:
        ds.usedTracks() >= 1
        content.recordCount() > 0
    }

    def "the same spec gives the same estate and another seed a different one"() {
        when:
        def a = worldWith(4)
        def b = worldWith(4)
        def c = worldWith(4)
        def ea = EstateGenerator.generate(a, spec(a, 200, 55, 11))
        def eb = EstateGenerator.generate(b, spec(b, 200, 55, 11))
        def ec = EstateGenerator.generate(c, spec(c, 200, 55, 12))

        then:
        ea == eb
        layout(a) == layout(b)
        layout(a) != layout(c)
        ea.dataSets() != ec.dataSets()
    }

    def "masks too narrow for the count are reported"() {
        given:
        def world = worldWith(2)

        when:
        EstateGenerator.generate(world, EstatePlan.of(world.volumes().volsers(), 10, [Mask.parse("ONLY.ONE")], 20, 1))

        then:
        def e = thrown(IllegalArgumentException)
        e.message.contains("cannot give 10 distinct data set names")
    }

    static List<String> layout(World world) {
        world.volumes().all().collectMany { v -> v.map().collect { it.toString() } }
    }
}
